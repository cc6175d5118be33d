import type { MessageDocument } from '../../../src/messages/types.ts';
import { renderRelayMessage } from './relay.ts';
import type { AdaptiveCard } from './adaptive-card.ts';
import { renderActionCheckIn } from './action-check-in.ts';
import { renderNotice } from './notice.ts';
import { renderNudgePost } from './nudge-post.ts';
import { renderOrgReport } from './org-report.ts';
import { renderPulseCard } from './pulse-card.ts';
import { renderTeamReport } from './team-report.ts';

/**
 * The scale to draw a report's chart at (`renderPng`'s `scale`): the element
 * chart is about 600 pixels wide at scale 1 (its names measured in the font
 * it is drawn with), and Teams shows a picture of at most 1024 pixels, so
 * 1.6 is as sharp as it can be (about 960 pixels wide).
 */
export const CHART_PNG_SCALE = 1.6;

/**
 * What goes into one Teams message: the card, and whether the document's
 * chart belongs beside it as an inline PNG attachment (a team report with
 * element scores; the chart itself is drawn where the message is sent).
 */
export interface RenderedCard {
  readonly card: AdaptiveCard;
  readonly chart: boolean;
}

/** Any neutral document as an Adaptive Card 1.5, for a new message, an update or an invoke response. */
export function renderCard(doc: MessageDocument): RenderedCard {
  switch (doc.kind) {
    case 'pulse-card':
      return { card: renderPulseCard(doc), chart: false };
    case 'notice':
      return { card: renderNotice(doc), chart: false };
    case 'team-report':
      return { card: renderTeamReport(doc), chart: doc.elements.length > 0 };
    case 'org-report':
      return { card: renderOrgReport(doc), chart: false };
    case 'nudge':
      return { card: renderNudgePost(doc), chart: false };
    case 'relay':
      return { card: renderRelayMessage(doc), chart: false };
    case 'action-check-in':
      return { card: renderActionCheckIn(doc), chart: false };
  }
}
