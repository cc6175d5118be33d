import type { AreaCatalog } from '../catalog.ts';
import type { scores as en } from '../en/scores.ts';

/** De woorden bij voortschrijdende scores (zie en/scores.ts). */
export const scores: AreaCatalog<typeof en> = {
  'score.window':
    'Elke score telt de rondes van de {weeks} weken tot en met {date} mee waarin die zichtbaar was.',
  'score.basis.rounds.one': '{n} ronde',
  'score.basis.rounds.other': '{n} rondes',
  'score.basis.statements.one': '{n} stelling',
  'score.basis.statements.other': '{n} stellingen',
  'score.basis': 'n = {n} · {rounds} · {statements}',
  'score.column.answers': 'Antwoorden',
  'score.column.rounds': 'Rondes',
  'score.column.statements': 'Stellingen',
  'period.weeks': 'week {from}–{to}, {year}',
  'period.weeks.span': 'week {from} van {fromYear} t/m week {to} van {year}',
  'hidden.not_asked': 'Niet gevraagd in deze periode',
  'chart.hidden.mark.not_asked': 'niet gevraagd',
  'chart.hidden.reason.not_asked': 'Niet gevraagd in deze periode',
  'trend.beyond.up': '{points} punten hoger, meer dan de meetruis van ±{noise}',
  'trend.beyond.down': '{points} punten lager, meer dan de meetruis van ±{noise}',
  'trend.within': 'Ongeveer gelijk: {change} punten valt binnen de meetruis van ±{noise}',
};
