import type { LevelInfo, ScaleLabels } from '../content-types.ts';
import type { LocalizedText } from '../localized-text.ts';

/** INK-style levels, described in our own words for an indicative self-assessment. */
export const levels: LevelInfo[] = [
  {
    key: 'not-yet',
    name: { en: 'Not yet', nl: 'Nog niet' },
    description: {
      en: 'The building blocks are not yet worked on in a deliberate, visible way, or results are not yet reviewed.',
      nl: 'Er wordt nog niet bewust en zichtbaar aan de bouwstenen gewerkt, of de resultaten worden nog niet bekeken.',
    },
  },
  {
    key: '*',
    name: { en: 'One star', nl: 'Eén ster' },
    description: {
      en: 'The building blocks are tackled thoughtfully and you can show it. Performance is reviewed, and results are improving and above average.',
      nl: 'De bouwstenen worden doordacht aangepakt en dat is aan te tonen. Prestaties worden gevolgd; de resultaten verbeteren en liggen boven het gemiddelde.',
    },
  },
  {
    key: '**',
    name: { en: 'Two stars', nl: 'Twee sterren' },
    description: {
      en: 'The work comes from conviction and looks through the eyes of customers, staff and partners. Approaches strengthen each other; results are tracked and analysed, keep improving and are clearly above average.',
      nl: 'Er wordt uit overtuiging gewerkt, met oog voor wat klanten, medewerkers en partners beleven. De aanpakken versterken elkaar; resultaten worden gevolgd en geanalyseerd, verbeteren en liggen duidelijk boven het gemiddelde.',
    },
  },
  {
    key: '***',
    name: { en: 'Three stars', nl: 'Drie sterren' },
    description: {
      en: 'The work is driven by passion and looks ahead, so customers and others are pleasantly surprised. Approaches strengthen each other; results are tracked, analysed and excellent.',
      nl: 'Passie drijft het werk en er wordt vooruitgedacht, zodat klanten en anderen positief verrast worden. De aanpakken versterken elkaar; resultaten worden gevolgd, geanalyseerd en zijn uitstekend.',
    },
  },
];

export const levelNotice: LocalizedText = {
  en: 'This level is an indication based on pulse answers, not an INK Service Excellence recognition.',
  nl: 'Dit niveau is een indicatie op basis van de pulsantwoorden, geen INK Service Excellence-erkenning.',
};

export const scaleLabels: ScaleLabels = {
  agree5: [
    { value: 1, label: { en: 'Strongly disagree', nl: 'Helemaal oneens' } },
    { value: 2, label: { en: 'Disagree', nl: 'Oneens' } },
    { value: 3, label: { en: 'Neither agree nor disagree', nl: 'Niet eens, niet oneens' } },
    { value: 4, label: { en: 'Agree', nl: 'Eens' } },
    { value: 5, label: { en: 'Strongly agree', nl: 'Helemaal eens' } },
  ],
  dontKnow: { en: "Don't know / not applicable", nl: 'Weet ik niet / niet van toepassing' },
  nps11: {
    low: { en: 'Not at all likely', nl: 'Zeer onwaarschijnlijk' },
    high: { en: 'Extremely likely', nl: 'Zeer waarschijnlijk' },
  },
};
