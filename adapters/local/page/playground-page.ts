import { t, type MessageKey } from '../../../src/messages/index.ts';
import type { Locale } from '../../../src/model/keys.ts';
import { DEMO_TIME_FORMAT } from '../demo-clock.ts';
import { html, raw, type SafeHtml } from '../render/html.ts';
import type { LocalPerson } from '../workspace-types.ts';

export interface ConversationItem {
  readonly id: string;
  readonly kind: 'direct' | 'channel';
  readonly title: string;
}

export interface PlaygroundModel {
  readonly basePath: string;
  /** The viewer's language, or the browser's when nobody is chosen yet. */
  readonly locale: Locale;
  readonly people: readonly LocalPerson[];
  readonly viewer: LocalPerson | undefined;
  readonly conversations: readonly ConversationItem[];
  readonly current: ConversationItem | undefined;
  /** The current conversation's messages, already rendered as list items. */
  readonly messages: SafeHtml;
  readonly hasMessages: boolean;
  /** The demo clock and its time for the viewer (local mode only). */
  readonly clock: { readonly now: string; readonly nowText: string } | undefined;
  /** Link to the dashboard. */
  readonly dashboard: boolean;
  /** English / Nederlands for the viewer. */
  readonly languageSwitch?: SafeHtml;
}

/**
 * The playground page. It works as plain HTML (links and a form switch
 * person and conversation); the script adds live messages, one-tap answers
 * and the clock without reloads.
 */
export function playgroundPage(model: PlaygroundModel): string {
  const { viewer, basePath, locale } = model;
  const say = (key: MessageKey): string => t(locale, key);
  const config = {
    basePath,
    as: viewer?.id ?? null,
    conversationId: model.current?.id ?? null,
    // The script keeps the shown demo time running, written as the server writes it.
    clock: model.clock
      ? {
          now: model.clock.now,
          format: { ...DEMO_TIME_FORMAT, timeZone: viewer?.timeZone },
          locale,
        }
      : null,
    text: {
      working: say('playground.working'),
      somethingWrong: say('playground.something-wrong'),
      unread: say('playground.unread'),
      noMessages: say('playground.no-messages'),
    },
  };
  const link = (conversation: ConversationItem): string =>
    `${basePath}/?as=${encodeURIComponent(viewer?.id ?? '')}&c=${encodeURIComponent(conversation.id)}`;
  const conversationLinks = (kind: ConversationItem['kind']): SafeHtml[] =>
    model.conversations
      .filter((conversation) => conversation.kind === kind)
      .map(
        (conversation) =>
          html`<li>
            <a
              href="${link(conversation)}"
              data-conversation="${conversation.id}"
              ${conversation.id === model.current?.id ? raw('aria-current="page"') : ''}
              ><span class="conversation-title">${conversation.title}</span>
              <span class="badge" hidden><span class="count">0</span> ${say('playground.unread')}</span></a
            >
          </li>`,
      );

  return `<!doctype html>\n${
    html`<html lang="${locale}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${say('app.name')} · ${say('playground.mode')}</title>
        <link rel="stylesheet" href="${basePath}/assets/playground.css" />
        <script type="application/json" id="playground-config">
          ${raw(JSON.stringify(config).replace(/</g, '\\u003c'))}
        </script>
        <script src="${basePath}/assets/message-actions.js" defer></script>
        <script src="${basePath}/assets/playground.js" defer></script>
      </head>
      <body>
        <a class="skip-link" href="#messages">${say('playground.skip-to-messages')}</a>
        <header class="top-bar">
          <button
            type="button"
            class="sidebar-toggle"
            aria-controls="sidebar"
            aria-expanded="false"
            data-sidebar-toggle
          >
            ${say('playground.conversations')}
          </button>
          <p class="brand">${say('app.name')} <span class="mode">${say('playground.mode')}</span></p>
          <form class="view-as" method="get" action="${basePath}/">
            <label for="view-as">${say('playground.view-as')}</label>
            <select id="view-as" name="as">
              ${model.people.map(
                (person) =>
                  html`<option value="${person.id}" ${person.id === viewer?.id ? raw('selected') : ''}>
                    ${personLabel(person, locale)}
                  </option>`,
              )}
            </select>
            <button type="submit">${say('playground.switch-person')}</button>
          </form>
          ${model.languageSwitch ?? ''}
          ${
            model.dashboard && viewer
              ? html`<p class="dashboard-link">
                  <a href="${basePath}/dashboard?as=${encodeURIComponent(viewer.id)}"
                    >${say('dashboard.open')}</a
                  >
                </p>`
              : ''
          }
          ${
            viewer
              ? html`<p class="dashboard-link">
                  <a href="${basePath}/my-data?as=${encodeURIComponent(viewer.id)}" data-my-data
                    >${say('my-data.open')}</a
                  >
                </p>`
              : ''
          }
          ${
            model.clock
              ? html`<section class="clock" aria-labelledby="clock-heading">
                  <h2 id="clock-heading">${say('clock.title')}</h2>
                  <p class="clock-now">
                    ${say('clock.now')}:
                    <time id="demo-time" datetime="${model.clock.now}">${model.clock.nowText}</time>
                  </p>
                  <div class="clock-buttons">
                    <button type="button" data-clock="next-send">${say('clock.next-send')}</button>
                    <button type="button" data-clock="close-round">${say('clock.close-round')}</button>
                    <button type="button" data-clock="advance-week">${say('clock.advance-week')}</button>
                  </div>
                  ${viewer && viewer.teams.length === 0 ? html`<p class="clock-hint">${say('clock.no-team-hint')}</p>` : ''}
                </section>`
              : ''
          }
        </header>
        <div class="layout">
          <nav id="sidebar" class="sidebar" aria-label="${say('playground.conversations')}">
            <h2>${say('playground.direct-messages')}</h2>
            <ul>
              ${conversationLinks('direct')}
            </ul>
            <h2>${say('playground.team-channels')}</h2>
            <ul>
              ${conversationLinks('channel')}
            </ul>
          </nav>
          <main class="pane">
            <h1 id="conversation-title">${model.current?.title ?? say('app.name')}</h1>
            <div class="alert" id="alert" role="alert" hidden>
              <p class="alert-text"></p>
              <button type="button" data-dismiss>${say('playground.dismiss')}</button>
            </div>
            <p class="status" id="status" role="status"></p>
            ${
              viewer
                ? html`<ol
                    id="messages"
                    class="messages"
                    role="log"
                    aria-labelledby="conversation-title"
                    tabindex="-1"
                  >
                    ${model.messages}
                    ${model.hasMessages ? '' : html`<li class="empty">${say('playground.no-messages')}</li>`}
                  </ol>`
                : html`<p id="messages" class="empty">${say('playground.no-people')}</p>`
            }
          </main>
        </div>
      </body>
    </html>`.value
  }\n`;
}

function personLabel(person: LocalPerson, locale: Locale): string {
  const teams = person.teams.map((team) => team.teamName).join(', ');
  return [
    person.displayName,
    t(locale, `playground.role.${person.role}`),
    teams,
    person.locale.toUpperCase(),
    person.timeZone,
  ]
    .filter((part) => part.length > 0)
    .join(' · ');
}
