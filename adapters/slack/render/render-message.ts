import type { MessageDocument } from '../../../src/messages/types.ts';
import { renderActionCheckIn } from './action-check-in.ts';
import { renderNotice } from './notice.ts';
import { renderNudgePost } from './nudge-post.ts';
import { renderOrgReport } from './org-report.ts';
import { renderPulseCard } from './pulse-card.ts';
import { renderRelayMessage } from './relay.ts';
import type { SlackMessage } from './slack-message.ts';
import { renderTeamReport } from './team-report.ts';

/** Any neutral document as `{ text, blocks }` for chat.postMessage and chat.update. */
export function renderMessage(doc: MessageDocument): SlackMessage {
  switch (doc.kind) {
    case 'pulse-card':
      return renderPulseCard(doc);
    case 'notice':
      return renderNotice(doc);
    case 'team-report':
      return renderTeamReport(doc);
    case 'org-report':
      return renderOrgReport(doc);
    case 'nudge':
      return renderNudgePost(doc);
    case 'relay':
      return renderRelayMessage(doc);
    case 'action-check-in':
      return renderActionCheckIn(doc);
  }
}
