import { enpsDetailLines } from '../../../src/messages/index.ts';
import type { EnpsSection } from '../../../src/messages/types.ts';
import type { Locale } from '../../../src/model/keys.ts';
import { facts, section, text, type CardElement } from './adaptive-card.ts';
import { formatCell } from './score-format.ts';

/** The eNPS section, alike in the team report and the organisation report: the score, its weeks, its split or why not. */
export function enpsBlocks(enps: EnpsSection, locale: Locale): CardElement[] {
  return section(enps.heading, [
    facts([[enps.label, formatCell(enps, locale)]]),
    ...enpsDetailLines(enps).map((line) => text(line)),
  ]);
}
