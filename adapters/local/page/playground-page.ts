import type { ChromeText } from '../chrome-text.ts';
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
  readonly text: ChromeText;
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
}

/**
 * The playground page. It works as plain HTML (links and a form switch
 * person and conversation); the script adds live messages, one-tap answers
 * and the clock without reloads.
 */
export function playgroundPage(model: PlaygroundModel): string {
  const { text, viewer, basePath } = model;
  const locale = viewer?.locale ?? 'en';
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
      working: text.working,
      somethingWrong: text.somethingWrong,
      unread: text.unread,
      noMessages: text.noMessages,
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
              <span class="badge" hidden><span class="count">0</span> ${text.unread}</span></a
            >
          </li>`,
      );

  return `<!doctype html>\n${
    html`<html lang="${locale}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${text.appName} · ${text.localMode}</title>
        <link rel="stylesheet" href="${basePath}/assets/playground.css" />
        <script type="application/json" id="playground-config">
          ${raw(JSON.stringify(config).replace(/</g, '\\u003c'))}
        </script>
        <script src="${basePath}/assets/playground.js" defer></script>
      </head>
      <body>
        <a class="skip-link" href="#messages">${text.skipToMessages}</a>
        <header class="top-bar">
          <button
            type="button"
            class="sidebar-toggle"
            aria-controls="sidebar"
            aria-expanded="false"
            data-sidebar-toggle
          >
            ${text.conversations}
          </button>
          <p class="brand">${text.appName} <span class="mode">${text.localMode}</span></p>
          <form class="view-as" method="get" action="${basePath}/">
            <label for="view-as">${text.viewAs}</label>
            <select id="view-as" name="as">
              ${model.people.map(
                (person) =>
                  html`<option value="${person.id}" ${person.id === viewer?.id ? raw('selected') : ''}>
                    ${personLabel(person, text)}
                  </option>`,
              )}
            </select>
            <button type="submit">${text.switchPerson}</button>
          </form>
          ${
            model.dashboard && viewer
              ? html`<p class="dashboard-link">
                  <a href="${basePath}/dashboard?as=${encodeURIComponent(viewer.id)}"
                    >${text.dashboard.open}</a
                  >
                </p>`
              : ''
          }
          ${
            model.clock
              ? html`<section class="clock" aria-labelledby="clock-heading">
                  <h2 id="clock-heading">${text.demoClock}</h2>
                  <p class="clock-now">
                    ${text.clockNow}:
                    <time id="demo-time" datetime="${model.clock.now}">${model.clock.nowText}</time>
                  </p>
                  <div class="clock-buttons">
                    <button type="button" data-clock="next-send">${text.clock.nextSend}</button>
                    <button type="button" data-clock="close-round">${text.clock.closeRound}</button>
                    <button type="button" data-clock="advance-week">${text.clock.advanceWeek}</button>
                  </div>
                  ${viewer && viewer.teams.length === 0 ? html`<p class="clock-hint">${text.clockNoTeamHint}</p>` : ''}
                </section>`
              : ''
          }
        </header>
        <div class="layout">
          <nav id="sidebar" class="sidebar" aria-label="${text.conversations}">
            <h2>${text.directMessages}</h2>
            <ul>
              ${conversationLinks('direct')}
            </ul>
            <h2>${text.teamChannels}</h2>
            <ul>
              ${conversationLinks('channel')}
            </ul>
          </nav>
          <main class="pane">
            <h1 id="conversation-title">${model.current?.title ?? text.appName}</h1>
            <div class="alert" id="alert" role="alert" hidden>
              <p class="alert-text"></p>
              <button type="button" data-dismiss>${text.dismiss}</button>
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
                    ${model.hasMessages ? '' : html`<li class="empty">${text.noMessages}</li>`}
                  </ol>`
                : html`<p id="messages" class="empty">${text.noPeople}</p>`
            }
          </main>
        </div>
      </body>
    </html>`.value
  }\n`;
}

function personLabel(person: LocalPerson, text: ChromeText): string {
  const teams = person.teams.map((team) => team.teamName).join(', ');
  return [person.displayName, text.roles[person.role], teams, person.locale.toUpperCase(), person.timeZone]
    .filter((part) => part.length > 0)
    .join(' · ');
}
