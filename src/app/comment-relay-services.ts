import type { Notice } from '../messages/types.ts';
import { answerOnThread, replyToComment } from './comment-relay.ts';
import type { AppContext } from './context.ts';

/** Anonymous conversations about comments, as chat and the playground offer them. */
export interface CommentRelayServices {
  /** A leader's "Reply" on a released comment (its id from the report): passed on to the writer. */
  replyToComment(leaderId: string, commentId: string, text: string): Promise<Notice>;
  /** The writer's "Answer" on a thread (its id from the relayed message): passed on to the leader. */
  answerOnThread(personId: string, threadId: string, text: string): Promise<Notice>;
}

export function createCommentRelayServices(ctx: AppContext): CommentRelayServices {
  return {
    replyToComment: (leaderId, commentId, text) =>
      replyToComment(ctx, leaderId, commentId, text, ctx.clock.now()),
    answerOnThread: (personId, threadId, text) =>
      answerOnThread(ctx, personId, threadId, text, ctx.clock.now()),
  };
}
