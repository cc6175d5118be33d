import type { Context } from 'hono';
import { t } from '../../src/messages/index.ts';
import { LOCALES, type Locale } from '../../src/model/keys.ts';
import { html, raw, type SafeHtml } from './render/html.ts';

/** Where a language switch posts and where it comes back to. */
export interface LanguageSwitchModel {
  /** The route that changes the language, with the viewer's `?as=` or `?t=`. */
  readonly action: string;
  readonly locale: Locale;
  /** The page (path and query) to show again afterwards. */
  readonly back: string;
}

/**
 * English / Nederlands as a plain form: the page works without its script
 * and the CSP (no inline script) needs none. Each language is named in
 * itself, so a person who cannot read the page's language finds their own.
 */
export function languageSwitchHtml(model: LanguageSwitchModel): SafeHtml {
  const say = (key: Parameters<typeof t>[1]): string => t(model.locale, key);
  return html`<form class="language-switch" method="post" action="${model.action}">
    <label for="language-switch">${say('language.switch')}</label>
    <select id="language-switch" name="locale">
      ${LOCALES.map(
        (locale) =>
          html`<option value="${locale}" lang="${locale}" ${locale === model.locale ? raw('selected') : ''}>
            ${t(locale, `language.name.${locale}`)}
          </option>`,
      )}
    </select>
    <input type="hidden" name="back" value="${model.back}" />
    <button type="submit">${say('language.apply')}</button>
  </form>`;
}

/** The page a request is for, as a path with its query: where a switch on it comes back to. */
export function currentPage(c: Context): string {
  const url = new URL(c.req.url);
  return `${url.pathname}${url.search}`;
}
