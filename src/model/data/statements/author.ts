import type { ElementKey, Phase } from '../../keys.ts';
import type { LocalizedText } from '../../localized-text.ts';
import type { Statement } from '../../statement.ts';

/**
 * A checklist statement as authors write it. `team` is one wording that both
 * employees and leaders answer (the leader is part of the team); `employee`
 * and `leader` are used when the two need their own wording, or when only one
 * of them can judge the statement.
 */
export interface ChecklistEntry {
  readonly id: string;
  readonly source: string;
  readonly phase?: Phase;
  readonly team?: LocalizedText;
  readonly employee?: LocalizedText;
  readonly leader?: LocalizedText;
}

export function checklistStatements(element: ElementKey, entries: readonly ChecklistEntry[]): Statement[] {
  return entries.map(({ id, source, phase, team, employee = team, leader = team }) => ({
    id,
    target: { kind: 'element', key: element },
    source,
    ...(phase === undefined ? {} : { phase }),
    scale: 'agree5',
    text: { ...(employee === undefined ? {} : { employee }), ...(leader === undefined ? {} : { leader }) },
  }));
}
