import type { Locale } from '../../../src/model/keys.ts';
import { html, type SafeHtml } from '../render/html.ts';

/** What every form on a dashboard page needs: where to post, as whom, and the viewer's form token. */
export interface FormContext {
  readonly locale: Locale;
  /** The path the form's own step is put after: `${basePath}/dashboard/admin`, a team's `…/actions`. */
  readonly action: string;
  /** The viewer's query (`?t=…` or `?as=…`), kept on every form and link. */
  readonly query: string;
  /** The viewer's form token (admin-form-token.ts). */
  readonly token: string;
}

/** A plain POST form to one step, carrying the viewer's token and the given hidden fields. */
export function postForm(
  form: FormContext,
  step: string,
  hidden: Readonly<Record<string, string>>,
  content: SafeHtml,
): SafeHtml {
  return html`<form method="post" action="${form.action}/${step}${form.query}" class="admin-form">
    <input type="hidden" name="csrf" value="${form.token}" />
    ${Object.entries(hidden).map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}" />`)}
    ${content}
  </form>`;
}

export function option(value: string, label: string, selected: string): SafeHtml {
  return value === selected
    ? html`<option value="${value}" selected>${label}</option>`
    : html`<option value="${value}">${label}</option>`;
}
