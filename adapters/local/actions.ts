import { z } from 'zod';
import type { PulseServices } from '../../src/app/services.ts';
import { spell } from '../../src/messages/index.ts';
import type { MessageDocument } from '../../src/messages/types.ts';
import type { LocalChatPlatform } from './local-chat-platform.ts';
import type { MessageRenderer, MessageView } from './message-view.ts';
import { actionFormHtml } from './render/action-form-html.ts';
import { playgroundReach } from './render/feature-reach.ts';
import { LocalRouteError } from './route-errors.ts';
import { requireViewer, requireVisible } from './viewer.ts';
import type { LocalDirectory, LocalMessage, LocalPerson } from './workspace-types.ts';

const person = z.string().min(1);
const messageId = z.string().min(1);

/** What the page posts to /api/actions. Tokens, post and action ids are taken from the stored message, never from the page. */
export const ActionRequest = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('answer'),
    as: person,
    messageId,
    statementId: z.string().min(1),
    value: z.number().int().min(0).max(10).nullable(),
  }),
  z.object({
    type: z.literal('comment'),
    as: person,
    messageId,
    text: z.string().trim().min(1).max(2000),
    allowReplies: z.boolean().optional(),
  }),
  z.object({
    type: z.literal('relay'),
    as: person,
    messageId,
    verb: z.enum(['reply', 'answer']),
    id: z.string().min(1).max(200),
    text: z.string().max(4000),
  }),
  z.object({
    type: z.literal('nudge-feedback'),
    as: person,
    messageId,
    kind: z.enum(['did-this', 'not-for-us']),
  }),
  z.object({ type: z.literal('action-form'), as: person, messageId }),
  z.object({
    type: z.literal('action-create'),
    as: person,
    messageId,
    title: z.string().max(200),
    owner: z.string().min(1).max(200),
    dueOn: z.string().max(20),
  }),
  z.object({
    type: z.literal('action-check-in'),
    as: person,
    messageId,
    status: z.enum(['done', 'working']),
  }),
]);
export type ActionRequest = z.infer<typeof ActionRequest>;

export interface ActionResult {
  /** The message as it looks now, when the action changed it. */
  readonly message?: MessageView;
  /** A short confirmation for the page's status line. */
  readonly status?: string;
  /** A form to show under the message, for the one who asked for it. */
  readonly form?: string;
}

export interface ActionDeps {
  readonly platform: LocalChatPlatform;
  readonly services: PulseServices;
  readonly directory: LocalDirectory;
  readonly renderer: MessageRenderer;
}

/** One click or comment from the page, turned into a use-case call and a message update. */
export async function handleAction(request: ActionRequest, deps: ActionDeps): Promise<ActionResult> {
  const viewer = await requireViewer(deps.directory, request.as);
  const message = deps.platform.message(request.messageId);
  if (!message) throw new LocalRouteError(404, 'playground.error.message-gone');
  requireVisible(viewer, message.conversationId);
  const ref = deps.platform.refOf(message);
  const document = message.document;

  switch (request.type) {
    case 'answer': {
      if (document.kind !== 'pulse-card') throw notActionable();
      const card = await deps.services.recordAnswer({
        personId: viewer.id,
        token: document.token,
        statementId: request.statementId,
        value: request.value,
      });
      await deps.platform.update(ref, card);
      return { message: await current(deps, message, viewer), status: card.labels.recorded };
    }
    case 'comment': {
      if (document.kind !== 'pulse-card') throw notActionable();
      const notice = await deps.services.recordComment({
        personId: viewer.id,
        token: document.token,
        text: request.text,
        ...(request.allowReplies === undefined ? {} : { allowReplies: request.allowReplies }),
      });
      const conversation = deps.platform.conversation(message.conversationId);
      await deps.platform.sendDirect(
        {
          organizationId: conversation?.organizationId ?? viewer.organizationId,
          platformUserId: viewer.platformUserId,
        },
        notice,
      );
      return { status: notice.title ?? spell(notice.text, notice.locale, playgroundReach) };
    }
    case 'relay': {
      // The id must be one the message itself offers: a page cannot name a thread it was not shown.
      if (!relayIdsOf(document, request.verb).includes(request.id)) throw notActionable();
      const notice =
        request.verb === 'reply'
          ? await deps.services.replyToComment(viewer.id, request.id, request.text)
          : await deps.services.answerOnThread(viewer.id, request.id, request.text);
      return { status: spell(notice.text, notice.locale, playgroundReach) };
    }
    case 'nudge-feedback': {
      if (document.kind !== 'nudge') throw notActionable();
      const post = await deps.services.recordNudgeFeedback({
        postId: document.postId,
        personId: viewer.id,
        kind: request.kind,
      });
      await deps.platform.update(ref, post);
      return { message: await current(deps, message, viewer), status: post.feedback.thanks };
    }
    case 'action-form': {
      if (document.kind !== 'nudge' || !document.makeAction) throw notActionable();
      const form = await deps.services.actionForm(viewer.id, document.postId);
      return { form: actionFormHtml(form, message.id).value };
    }
    case 'action-create': {
      if (document.kind !== 'nudge' || !document.makeAction) throw notActionable();
      const made = await deps.services.createAction({
        actorId: viewer.id,
        nudgePostId: document.postId,
        title: request.title,
        owner: { platformUserId: request.owner },
        dueOn: request.dueOn,
      });
      return { status: spell(made.text, made.locale, playgroundReach) };
    }
    case 'action-check-in': {
      if (document.kind !== 'action-check-in') throw notActionable();
      const said = await deps.services.answerCheckIn(viewer.id, document.actionId, request.status);
      return { status: spell(said.text, said.locale, playgroundReach) };
    }
  }
}

async function current(deps: ActionDeps, message: LocalMessage, viewer: LocalPerson): Promise<MessageView> {
  return deps.renderer.view(deps.platform.message(message.id) ?? message, viewer);
}

/** The relay ids a message offers for a verb: a report's "Reply" per comment, a relayed message's button. */
function relayIdsOf(document: MessageDocument, verb: 'reply' | 'answer'): readonly (string | null)[] {
  if (document.kind === 'relay') return document.respond.verb === verb ? [document.respond.id] : [];
  if (
    document.kind === 'team-report' &&
    verb === 'reply' &&
    document.comments &&
    'items' in document.comments
  )
    return document.comments.replyIds ?? [];
  return [];
}

function notActionable(): LocalRouteError {
  return new LocalRouteError(400, 'playground.error.not-actionable');
}
