import type { KeptMessage, LocalMessageStore } from '../../adapters/local/index.ts';
import type { MessageDocument } from '../messages/types.ts';
import type { Db } from '../store/database.ts';

/**
 * The playground's messages in the database, so they survive a restart.
 *
 * A message in someone's DM is their own, as in Slack; but a pulse card's
 * token, next to the keyed digests in the same database, would tie the card
 * (and its answers) to the person. The database never holds a token, so it
 * is not written here either: after a restart a kept card shows its answers
 * and takes no more clicks.
 */
export function localMessageStore(db: Db): LocalMessageStore {
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
