import type { KeptMessage, LocalMessageStore } from '../../adapters/local/index.ts';
import type { MessageDocument } from '../messages/types.ts';
import type { Db } from '../store/database.ts';

/**
 * The playground's messages in the database, so they survive a restart.
 *
 * A message in someone's DM is their own, as in Slack; but a pulse card's
 * ledger token would tie the card (and, through the owner hashes, its
 * answers) to the person for as long as the row lives. So the token is never
 * written here: on restore it is taken from the ledger, which holds it only
 * while the round is open and points at the card last sent. After a restart
 * a card of a closed round, or one a reminder replaced, shows its answers
 * and takes no more.
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
      const tokens = await liveTokens(db);
      return rows.map((row) => {
        const document = JSON.parse(row.document) as MessageDocument;
        const token = tokens.get(row.id);
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
            document: document.kind === 'pulse-card' && token ? { ...document, token } : document,
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

/** The open ledger's tokens by the message id of the card each was last sent in. */
async function liveTokens(db: Db): Promise<Map<string, string>> {
  const open = await db.participation.findMany({
    where: {
      token: { not: null },
      messageRef: { not: null },
      round: { status: 'open' },
      person: { organization: { platform: 'local' } },
    },
    select: { token: true, messageRef: true },
  });
  const tokens = new Map<string, string>();
  for (const { token, messageRef } of open) {
    const ref = JSON.parse(messageRef ?? '{}') as { messageId?: string };
    if (token && ref.messageId) tokens.set(ref.messageId, token);
  }
  return tokens;
}
