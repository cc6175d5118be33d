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

/** An inline chart that scales down with its container (CSS does the rest). */
export function inlineSvg(svg: string, prefix: string, label: string): string {
  const escaped = label.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return scopeSvgIds(svg, prefix).replace(
    /^<svg /,
    `<svg role="img" aria-label="${escaped}" focusable="false" `,
  );
}
