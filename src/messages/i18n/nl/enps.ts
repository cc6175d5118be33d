import type { AreaCatalog } from '../catalog.ts';
import type { enps as en } from '../en/enps.ts';

/** eNPS-woorden naast het label (zie en/enps.ts). */
export const enps: AreaCatalog<typeof en> = {
  'enps.notAsked': 'Deze periode niet gevraagd',
  'enps.heading': 'eNPS',
  'enps.group.promoters': 'Promotors (9–10)',
  'enps.group.passives': 'Passieven (7–8)',
  'enps.group.detractors': 'Criticasters (0–6)',
  'enps.group.count': '{group}: {count} ({percent}%)',
  'enps.split.withheld':
    'Promotors, passieven en criticasters zie je pas als elke groep minstens {k} mensen telt, zodat geen kleine groep opvalt; tot dan zie je alleen de eNPS zelf.',
  'enps.self': 'Je eigen antwoord deze periode: {value} van de 10 ({group}).',
  'enps.one.promoter': 'promotor',
  'enps.one.passive': 'passief',
  'enps.one.detractor': 'criticaster',
  'enps.chart.axis': 'eNPS (−100 tot 100)',
} as const;
