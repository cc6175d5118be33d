import type { AreaCatalog } from '../catalog.ts';
import type { comments as en } from '../en/comments.ts';

/** De regel voor opmerkingen (zie en/comments.ts). */
export const comments: AreaCatalog<typeof en> = {
  'comments.rule':
    'Je leidinggevende ziet opmerkingen pas als een ronde gesloten is, alleen uit rondes waarin minstens {k} mensen antwoordden, en altijd minstens {minComments} tegelijk, door elkaar gehusseld en zonder te zeggen bij welke ronde of vraag een opmerking hoort.',
  'comments.thanks': 'Bedankt voor je opmerking. We bewaren hem zonder je naam.',
  'comments.weeks': 'Opmerkingen van {from} tot en met {to}, door elkaar gehusseld.',
  'comments.week': 'Opmerkingen van {from}, door elkaar gehusseld.',
  'comments.none': 'Er zijn nog geen opmerkingen die getoond kunnen worden.',
} as const;
