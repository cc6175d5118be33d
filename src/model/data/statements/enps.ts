import type { LocalizedText } from '../../localized-text.ts';
import type { Statement } from '../../statement.ts';

const question: LocalizedText = {
  en: 'How likely are you to recommend our organisation to a friend or acquaintance as a place to work?',
  nl: 'Hoe waarschijnlijk is het dat je onze organisatie als werkgever aanraadt aan een vriend of kennis?',
};

/** The employee Net Promoter question; the only statement on the 0–10 scale. */
export const enpsStatement: Statement = {
  id: 'enps',
  target: { kind: 'enps', key: 'enps' },
  scale: 'nps11',
  text: { employee: question, leader: question },
};
