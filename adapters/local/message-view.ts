import { html, raw, type SafeHtml } from './render/html.ts';
import { renderHtml } from './render/render-html.ts';
import type { LocalMessage, LocalPerson } from './workspace-types.ts';

/** A message as the page receives it: the list item's markup plus what the script needs to place it. */
export interface MessageView {
  readonly id: string;
  readonly conversationId: string;
  readonly version: number;
  readonly kind: LocalMessage['document']['kind'];
  readonly html: string;
}

/**
 * Renders messages to list items, remembering the last rendering of each
 * message version (reports draw charts, which takes tens of milliseconds).
 */
export class MessageRenderer {
  private readonly cache = new Map<string, { version: number; body: string }>();

  private readonly botName: (viewer: LocalPerson) => string;

  constructor(botName: (viewer: LocalPerson) => string) {
    this.botName = botName;
  }

  async view(message: LocalMessage, viewer: LocalPerson): Promise<MessageView> {
    const body = await this.body(message);
    const item = html`<li
      class="message"
      id="message-${message.id}"
      data-message-id="${message.id}"
      data-version="${message.version}"
      data-conversation="${message.conversationId}"
    >
      <div class="message-head">
        <span class="sender">${this.botName(viewer)}</span>
        <time datetime="${message.sentAt}">${formatTime(message.sentAt, viewer)}</time>
      </div>
      <div class="message-body">${raw(body)}</div>
    </li>`;
    return {
      id: message.id,
      conversationId: message.conversationId,
      version: message.version,
      kind: message.document.kind,
      html: item.value,
    };
  }

  async list(messages: readonly LocalMessage[], viewer: LocalPerson): Promise<SafeHtml> {
    const views = await Promise.all(messages.map((message) => this.view(message, viewer)));
    return raw(views.map((view) => view.html).join('\n'));
  }

  private async body(message: LocalMessage): Promise<string> {
    const cached = this.cache.get(message.id);
    if (cached && cached.version === message.version) return cached.body;
    const body = await renderHtml(message.document, { idPrefix: message.id, replies: true });
    this.cache.set(message.id, { version: message.version, body });
    return body;
  }
}

/** When a message was sent, in the viewer's time zone and language. */
export function formatTime(iso: string, viewer: Pick<LocalPerson, 'locale' | 'timeZone'>): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
  try {
    return new Intl.DateTimeFormat(viewer.locale, { ...options, timeZone: viewer.timeZone }).format(
      new Date(iso),
    );
  } catch (error) {
    // An unknown time zone name: show UTC rather than nothing.
    if (!(error instanceof RangeError)) throw error;
    return `${new Intl.DateTimeFormat(viewer.locale, { ...options, timeZone: 'UTC' }).format(new Date(iso))} UTC`;
  }
}
