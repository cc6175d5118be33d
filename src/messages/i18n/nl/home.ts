import type { AreaCatalog } from '../catalog.ts';
import type { home as en } from '../en/home.ts';

/** De startpagina van het dashboard (zie en/home.ts). */
export const home: AreaCatalog<typeof en> = {
  'home.heading': 'Hoe staan we ervoor?',
  'home.intro':
    'De belangrijkste cijfers van {subject}, elk met het aantal antwoorden erachter en de weken die het beslaat. Wat in de rapporten verborgen blijft, blijft hier ook verborgen.',
  'home.subject.teams': 'je teams',
  'home.subject.organisation': 'de organisatie',
  'home.subject.both': 'de organisatie en je teams',
  'home.organisation': 'De organisatie',
  'home.enps': 'eNPS',
  'home.participation': 'Deelname',
  'home.participation.latest': 'Laatste gesloten ronde: {period}',
  'home.trend.periods': 'Per periode van vier weken',
  'home.trend.periods.org': 'Per periode van vier weken, alle teams samen',
  'home.trend.rounds': 'Per ronde',
  'home.trend.weeks': 'Per week, alle teams samen',
  'home.trend.too-short': 'Voor een trendlijn zijn twee periodes nodig; er is er nu één.',
  'home.latest': 'Laatste: {period}',
  'home.movers': 'Grootste verschuivingen',
  'home.movers.note':
    'Scores die tussen de laatste twee periodes van vier weken meer veranderden dan toeval verklaart.',
  'home.movers.up': 'Het sterkst gestegen',
  'home.movers.down': 'Het sterkst gedaald',
  'home.movers.none': 'Niets veranderde meer dan toeval verklaart.',
  'home.falling': 'Het sterkst gedaald, per team',
  'home.falling.none': 'Bij geen enkel team daalde een element meer dan toeval verklaart.',
  'home.teams': 'Betrokkenheid per team',
  'home.teams.note':
    'Zoals het organisatierapport het laat zien: de laatste ronde van elk team, met de teams eronder; verborgen waar een team anders te herleiden zou zijn.',
  'home.open-team': 'Open het rapport van {team}',
  'home.open-organisation': 'Open het organisatierapport',
} as const;
