import { profileBarsSpec, renderPng } from '../../../src/charts/index.ts';
import type { MessageDocument } from '../../../src/messages/types.ts';
import { chartWords } from '../../../src/messages/index.ts';

/**
 * The chart a leader's report carries in chat: the nine elements as bars,
 * hidden ones marked, as a PNG. Each platform draws it at the scale its
 * pictures are shown at (Teams: `CHART_PNG_SCALE`).
 */
export async function teamReportChart(
  doc: MessageDocument,
  options: { readonly scale?: number } = {},
): Promise<Uint8Array | undefined> {
  if (doc.kind !== 'team-report' || doc.elements.length === 0) return undefined;
  const text = chartWords(doc.locale);
  const spec = profileBarsSpec(doc.elements, {
    locale: doc.locale,
    title: doc.headings.elements,
    n: text.n,
    hidden: text.hidden,
    scoreAxis: text.score,
  });
  return (await renderPng(spec, options.scale === undefined ? {} : { scale: options.scale })).png;
}
