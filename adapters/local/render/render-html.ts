import type { FeatureReach } from '../../../src/messages/index.ts';
import { relayHtml } from './relay-html.ts';
import type { MessageDocument } from '../../../src/messages/types.ts';
import { playgroundReach } from './feature-reach.ts';
import { actionCheckInHtml } from './action-check-in-html.ts';
import { noticeHtml } from './notice-html.ts';
import { nudgeHtml } from './nudge-html.ts';
import { orgReportHtml } from './org-report-html.ts';
import { pulseCardHtml } from './pulse-card-html.ts';
import { teamReportHtml } from './team-report-html.ts';

export interface RenderHtmlOptions {
  /** Prefix for element ids, unique per message on a page (e.g. the message id). */
  readonly idPrefix?: string;
  /** Draw report charts as inline SVG (default true); false gives the tables alone. */
  readonly charts?: boolean;
  /** How a feature a notice points to is reached (default: as the playground offers it). */
  readonly reach?: FeatureReach;
  /** Reply forms under a leader's comments: only where the playground's script sends them (its chat). */
  readonly replies?: boolean;
}

/**
 * A neutral message document as an HTML fragment. Every text is escaped;
 * buttons carry `data-action` for the playground's script. Asynchronous
 * only because report charts are rendered by Vega.
 *
 * @example await renderHtml(card, { idPrefix: 'm12' }) // '<article class="card pulse-card" …'
 */
export async function renderHtml(
  document: MessageDocument,
  options: RenderHtmlOptions = {},
): Promise<string> {
  return compact(await render(document, options));
}

/** Drops the templates' indentation and blank lines; a line break still separates words as a space does. */
function compact(markup: string): string {
  return markup.replace(/\n\s*/g, '\n');
}

async function render(document: MessageDocument, options: RenderHtmlOptions): Promise<string> {
  const idPrefix = options.idPrefix ?? 'msg';
  const charts = options.charts ?? true;
  switch (document.kind) {
    case 'pulse-card':
      return pulseCardHtml(document, idPrefix).value;
    case 'notice':
      return noticeHtml(document, options.reach ?? playgroundReach).value;
    case 'nudge':
      return nudgeHtml(document, idPrefix).value;
    case 'action-check-in':
      return actionCheckInHtml(document, idPrefix).value;
    case 'team-report':
      return (await teamReportHtml(document, { idPrefix, charts, replies: options.replies ?? false })).value;
    case 'org-report':
      return (await orgReportHtml(document, { idPrefix, charts })).value;
    case 'relay':
      return relayHtml(document, idPrefix).value;
  }
}
