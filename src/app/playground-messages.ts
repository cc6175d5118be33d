import type { MessageDocument } from '../messages/types.ts';
import type { Db } from '../store/database.ts';

/** A playground message as kept: its conversation, the message and its place in the workspace's order. */
export interface KeptMessage {
  readonly conversation: {
    readonly id: string;
    readonly kind: 'direct' | 'channel';
    readonly organizationId: string;
    readonly address: string;
  };
  readonly message: {
    readonly id: string;
    readonly conversationId: string;
    readonly document: MessageDocument;
    readonly sentAt: string;
    readonly updatedAt: string;
    readonly version: number;
  };
  readonly seq: number;
}

/**
 * The playground's messages in the database, so they survive a restart.
 *
 * A message in someone's DM is their own, as on any chat platform; but a pulse card's
 * token, next to the keyed digests in the same database, would tie the card
 * (and its answers) to the person. The database never holds a token, so it
 * is not written here either: after a restart a kept card shows its answers
 * and takes no more clicks.
 */
export function playgroundMessages(db: Db): {
  save(kept: KeptMessage): Promise<void>;
  load(): Promise<KeptMessage[]>;
} {
  return {
    async save({ conversation, message, seq }: KeptMessage) {
      const row = {
        document: JSON.stringify(withoutToken(message.document)),
        updatedAt: new Date(message.updatedAt),
        version: message.version,
      };
      await db.localMessage.upsert({
        where: { id: message.id },
        create: {
          id: message.id,
          seq,
          organizationId: conversation.organizationId,
          conversationId: conversation.id,
          kind: conversation.kind,
          address: conversation.address,
          sentAt: new Date(message.sentAt),
          ...row,
        },
        update: row,
      });
    },

    async load() {
      const rows = await db.localMessage.findMany({ orderBy: { seq: 'asc' } });
      return rows.map((row) => {
        const document = JSON.parse(row.document) as MessageDocument;
        return {
          seq: row.seq,
          conversation: {
            id: row.conversationId,
            kind: row.kind === 'channel' ? 'channel' : 'direct',
            organizationId: row.organizationId,
            address: row.address,
          },
          message: {
            id: row.id,
            conversationId: row.conversationId,
            document,
            sentAt: row.sentAt.toISOString(),
            updatedAt: row.updatedAt.toISOString(),
            version: row.version,
          },
        };
      });
    },
  };
}

function withoutToken(document: MessageDocument): MessageDocument {
  return document.kind === 'pulse-card' ? { ...document, token: '' } : document;
}
