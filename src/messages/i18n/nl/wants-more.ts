import type { AreaCatalog } from '../catalog.ts';
import type { wantsMore as en } from '../en/wants-more.ts';

/** Waar een team meer van wil (zie en/wants-more.ts). */
export const wantsMore: AreaCatalog<typeof en> = {
  'wantsMore.heading': 'Waar het team meer van wil',
  'wantsMore.window.one':
    'Uit de laatste ronde van het team, de {weeks} weken tot en met {date}. Elke waarde komt in elke reeks van {rounds} opeenvolgende rondes één keer aan bod.',
  'wantsMore.window.other':
    'Uit de laatste {n} rondes van het team, de {weeks} weken tot en met {date}. Elke waarde komt in elke reeks van {rounds} opeenvolgende rondes één keer aan bod.',
  'wantsMore.row': '{percent}% vindt dat het team het met meer hiervan beter zou doen (n = {n})',
  'wantsMore.today': '; nu {score}',
  'wantsMore.none': 'Nog geen enkele waarde heeft genoeg antwoorden om te tonen.',
  'wantsMore.notAskedYet': 'Nog niet gevraagd: {values}.',
  'wantsMore.cell.notAskedYet': 'Nog niet gevraagd',
};
