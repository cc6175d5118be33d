/**
 * A tiny HTML builder that escapes by default: every interpolated value is
 * text unless it is already `SafeHtml` (built by `html` or marked by `raw`).
 */
export class SafeHtml {
  readonly value: string;

  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false || value === true) return '';
  return escapeHtml(String(value));
}

/**
 * @example html`<p title="${title}">${text}</p>` // both escaped
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Marks markup we produced ourselves (e.g. a chart's SVG) as safe to insert. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** `href` for a link from a document: only web and relative addresses, never `javascript:`. */
export function safeUrl(url: string): string | undefined {
  if (/^(https?:)?\/\//i.test(url) || url.startsWith('/')) return url;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  return undefined;
}
