import { t, type MessageKey } from '../../../src/messages/index.ts';
import type { Locale } from '../../../src/model/keys.ts';
import { html, raw, type SafeHtml } from '../render/html.ts';
import type { DashboardViewer } from './dashboard-viewer.ts';

export interface DashboardPageModel {
  readonly basePath: string;
  /** The language of the page: the viewer's, or the reader's when nobody is known. */
  readonly locale: Locale;
  readonly viewer: DashboardViewer | undefined;
  readonly teams: readonly { id: string; name: string }[];
  /** Which nav entry is open: 'org', a team id, or undefined for the overview. */
  readonly current?: string;
  readonly heading: string;
  readonly body: SafeHtml;
  /** A link back to the chat playground (local mode). */
  readonly playground: boolean;
  /** English / Nederlands, for a known viewer. */
  readonly languageSwitch?: SafeHtml;
}

/** The dashboard's page: the viewer's teams (and the organisation for HR) beside one report. */
export function dashboardPage(model: DashboardPageModel): string {
  const { viewer, basePath, locale } = model;
  const say = (key: MessageKey): string => t(locale, key);
  const query = viewer?.query ?? '';
  const entry = (href: string, label: string, key: string): SafeHtml =>
    html`<li>
      <a href="${href}" ${model.current === key ? raw('aria-current="page"') : ''}>${label}</a>
    </li>`;
  return `<!doctype html>\n${
    html`<html lang="${locale}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${model.heading} · ${say('dashboard.title')} · ${say('app.name')}</title>
        <link rel="stylesheet" href="${basePath}/dashboard/style.css" />
      </head>
      <body class="dashboard">
        <a class="skip-link" href="#report">${say('dashboard.skip-to-content')}</a>
        <header class="top-bar">
          <p class="brand">${say('app.name')} <span class="mode">${say('dashboard.title')}</span></p>
          ${viewer ? html`<p class="viewer">${say('dashboard.signed-in-as')} <strong>${viewer.displayName}</strong></p>` : ''}
          ${model.languageSwitch ?? ''}
          ${
            model.playground
              ? html`<p class="back-link">
                  <a href="${basePath}/${query}">${say('dashboard.playground')}</a>
                </p>`
              : ''
          }
        </header>
        <div class="layout">
          <nav class="sidebar dashboard-nav" aria-label="${say('dashboard.title')}">
            <ul>
              ${entry(`${basePath}/dashboard${query}`, say('dashboard.title'), '')}
            </ul>
            ${
              viewer?.isHr
                ? html`<h2>${say('dashboard.organisation')}</h2>
                    <ul>
                      ${entry(`${basePath}/dashboard/org${query}`, say('dashboard.organisation'), 'org')}
                    </ul>`
                : ''
            }
            ${
              model.teams.length > 0
                ? html`<h2>${say('dashboard.your-teams')}</h2>
                    <ul>
                      ${model.teams.map((team) =>
                        entry(
                          `${basePath}/dashboard/teams/${encodeURIComponent(team.id)}${query}`,
                          team.name,
                          team.id,
                        ),
                      )}
                    </ul>`
                : ''
            }
            ${
              viewer?.isAdmin
                ? html`<ul>
                    ${entry(`${basePath}/dashboard/admin${query}`, say('admin-page.title'), 'admin')}
                  </ul>`
                : ''
            }
          </nav>
          <main class="pane" id="report" tabindex="-1">
            <h1>${model.heading}</h1>
            ${model.body}
          </main>
        </div>
      </body>
    </html>`.value
  }\n`;
}
