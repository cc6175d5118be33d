import type { Attachment } from '@microsoft/teams.api';
import { chartAltText } from '../../../src/messages/index.ts';
import type { MessageDocument } from '../../../src/messages/types.ts';
import { renderCard } from './render-card.ts';

/** Draws a document's chart as a PNG (a team report's), at Teams' picture size. */
export type ChartPng = (doc: MessageDocument) => Promise<Uint8Array | undefined>;

/** What one message carries for a document: its card, and its chart inline beside it when it has one. */
export async function messageAttachments(doc: MessageDocument, chartPng: ChartPng): Promise<Attachment[]> {
  const { card, chart } = renderCard(doc);
  const png = chart ? await chartPng(doc) : undefined;
  return [cardAttachment(card), ...(png ? [pngAttachment(png, chartAltText(doc))] : [])];
}

export function cardAttachment(card: object): Attachment {
  return { contentType: 'application/vnd.microsoft.card.adaptive', content: card };
}

/**
 * A picture inline, as Teams shows one sent with a bot's message. An
 * attachment has no field of its own for a text alternative; its `name` is
 * what Teams calls the picture, so it carries the chart in words.
 */
function pngAttachment(png: Uint8Array, altText: string | undefined): Attachment {
  return {
    contentType: 'image/png',
    contentUrl: `data:image/png;base64,${Buffer.from(png).toString('base64')}`,
    name: altText ?? 'chart.png',
  };
}
