import { enpsDetailLines } from '../../../src/messages/index.ts';
import type { EnpsSection } from '../../../src/messages/types.ts';
import type { Locale } from '../../../src/model/keys.ts';
import { formatCell } from './score-format.ts';
import { escapeMrkdwn } from './text.ts';

/** The eNPS section's lines, alike in the team report and the organisation report: the score, its weeks, its split or why not. */
export function enpsLines(enps: EnpsSection, locale: Locale): string[] {
  return [
    `${escapeMrkdwn(enps.label)}: ${formatCell(enps, locale)}`,
    ...enpsDetailLines(enps).map(escapeMrkdwn),
  ];
}
