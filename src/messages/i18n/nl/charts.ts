import type { AreaCatalog } from '../catalog.ts';
import type { charts as en } from '../en/charts.ts';

/** De woorden bij grafieken (zie en/charts.ts). */
export const charts: AreaCatalog<typeof en> = {
  'chart.n': 'n',
  'chart.hidden.mark.below_k': 'n<k',
  'chart.hidden.mark.complementary': 'verborgen',
  'chart.hidden.mark.membership_change': 'verborgen',
  'chart.hidden.mark.comments_below_k': 'n<k',
  'chart.hidden.mark.no_data': 'geen data',
  'chart.hidden.reason.below_k': 'Verborgen: minder respondenten dan de anonimiteitsdrempel',
  'chart.hidden.reason.complementary': 'Verborgen: anders is een kleinere groep te herleiden',
  'chart.hidden.reason.membership_change':
    'Verborgen: er kwamen of gingen maar een paar mensen, dus vergelijken zou hun antwoorden prijsgeven',
  'chart.hidden.reason.comments_below_k': 'Verborgen: te weinig opmerkingen om anoniem te tonen',
  'chart.hidden.reason.no_data': 'Nog geen antwoorden',
  'chart.score': 'Score (0–100)',
  'chart.participation': 'Deelname (%)',
  'chart.period': 'Periode',
  'chart.team': 'Team',
  'chart.element': 'Element',
  'chart.item': 'Onderdeel',
  'chart.you': 'Jij',
  'chart.your-team': 'Je team',
  'chart.gap': 'Verschil',
  'chart.verdict': 'Conclusie',
  'chart.current': 'Nu',
  'chart.desired': 'Wil meer',
  'chart.trend': 'Trend',
  'chart.favourable': 'Positief %',
  'chart.trend.up': 'stijgend',
  'chart.trend.down': 'dalend',
  'chart.trend.flat': 'stabiel',
  'chart.trend.unknown': '—',
  'chart.show-figures': 'Toon de cijfers',
  'chart.team-view-n': 'Teambeeld van n = {n} respondenten',
  'chart.change': 'Verandering',
};
