/**
 * Makes an SVG safe to place beside others in one page: Vega names its
 * gradients and clip paths `gradient_0`, `clip1`…, which would collide
 * between two charts. Every id and reference gets the prefix.
 */
export function scopeSvgIds(svg: string, prefix: string): string {
  return svg
    .replace(/\sid="([^"]+)"/g, (_match, id: string) => ` id="${prefix}-${id}"`)
    .replace(/url\(#([^)]+)\)/g, (_match, id: string) => `url(#${prefix}-${id})`)
    .replace(/href="#([^"]+)"/g, (_match, id: string) => `href="#${prefix}-${id}"`);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * An inline chart that scales down with its container (CSS does the rest),
 * named by its `<title>` and described by a `<desc>` that says every figure
 * in words, so a screen reader reads the figures, not the drawing.
 */
export function inlineSvg(svg: string, prefix: string, label: string, description: string): string {
  const title = `${prefix}-title`;
  const desc = `${prefix}-desc`;
  return scopeSvgIds(svg, prefix).replace(
    /^<svg ([^>]*)>/,
    `<svg role="img" aria-labelledby="${title}" aria-describedby="${desc}" focusable="false" $1>` +
      `<title id="${title}">${escapeXml(label)}</title><desc id="${desc}">${escapeXml(description)}</desc>`,
  );
}
