import type { FacetInfo, ValueInfo } from '../content-types.ts';

/** `source` is the checklist item that names the facet's four values. */
export const facets: FacetInfo[] = [
  { key: 'customers', source: '4.5', name: { en: 'Dealing with customers', nl: 'Omgang met klanten' } },
  {
    key: 'internal-relations',
    source: '4.6',
    name: { en: 'Internal relations', nl: 'Interne verhoudingen' },
  },
  { key: 'learning-growth', source: '4.7', name: { en: 'Learning and growth', nl: 'Leren en groeien' } },
  { key: 'leadership-style', source: '4.8', name: { en: 'Leadership style', nl: 'Leiderschapsstijl' } },
];

export const values: ValueInfo[] = [
  {
    key: 'customer-obsessed',
    facet: 'customers',
    name: { en: 'Customer-obsessed', nl: 'Klantobsessief' },
    description: {
      en: 'The customer is on our mind in everything we do.',
      nl: 'We denken bij alles wat we doen aan de klant.',
    },
  },
  {
    key: 'integrity-openness',
    facet: 'customers',
    name: { en: 'Integrity and openness', nl: 'Integer en open' },
    description: {
      en: 'Honest and transparent with customers, also when something goes wrong.',
      nl: 'Eerlijk en transparant naar klanten, ook als er iets misgaat.',
    },
  },
  {
    key: 'attentive',
    facet: 'customers',
    name: { en: 'Attentive', nl: 'Attent' },
    description: {
      en: 'Noticing what a customer needs, often before they ask.',
      nl: 'Opmerken wat een klant nodig heeft, vaak al voordat die erom vraagt.',
    },
  },
  {
    key: 'surprising',
    facet: 'customers',
    name: { en: 'Surprising', nl: 'Verrassend' },
    description: {
      en: 'Delighting customers with small, personal touches they did not expect.',
      nl: 'Klanten blij maken met kleine, persoonlijke dingen die ze niet verwachtten.',
    },
  },
  {
    key: 'hyper-personal',
    facet: 'internal-relations',
    name: { en: 'Hyper-personal', nl: 'Hyperpersoonlijk' },
    description: {
      en: 'Knowing and treating each other as whole people, not as job titles.',
      nl: 'Elkaar kennen en behandelen als mens, niet als functie.',
    },
  },
  {
    key: 'open',
    facet: 'internal-relations',
    name: { en: 'Open', nl: 'Open' },
    description: {
      en: 'Saying what you think and sharing information freely.',
      nl: 'Zeggen wat je denkt en informatie vrij delen.',
    },
  },
  {
    key: 'caring',
    facet: 'internal-relations',
    name: { en: 'Caring', nl: 'Zorgzaam' },
    description: {
      en: 'Looking out for each other, especially when things are hard.',
      nl: 'Op elkaar letten, juist als het zwaar is.',
    },
  },
  {
    key: 'appreciative',
    facet: 'internal-relations',
    name: { en: 'Appreciative', nl: 'Waarderend' },
    description: {
      en: 'Letting each other know that good work is seen and valued.',
      nl: 'Elkaar laten merken dat goed werk gezien en gewaardeerd wordt.',
    },
  },
  {
    key: 'listening',
    facet: 'learning-growth',
    name: { en: 'Listening', nl: 'Luisterend' },
    description: {
      en: 'Listening to customers and colleagues until we really understand them.',
      nl: "Luisteren naar klanten en collega's tot we ze echt begrijpen.",
    },
  },
  {
    key: 'co-creating',
    facet: 'learning-growth',
    name: { en: 'Co-creating', nl: 'Cocreërend' },
    description: {
      en: 'Shaping improvements together with customers and colleagues.',
      nl: "Samen met klanten en collega's verbeteringen bedenken en uitwerken.",
    },
  },
  {
    key: 'out-of-the-box',
    facet: 'learning-growth',
    name: { en: 'Out of the box', nl: 'Out-of-the-box' },
    description: {
      en: 'Daring to think differently and to try unusual solutions.',
      nl: 'Durven anders te denken en ongewone oplossingen te proberen.',
    },
  },
  {
    key: 'continuously-improving',
    facet: 'learning-growth',
    name: { en: 'Continuously improving', nl: 'Continu verbeterend' },
    description: {
      en: 'Always looking for a slightly better way of working.',
      nl: 'Altijd zoeken naar een net iets betere manier van werken.',
    },
  },
  {
    key: 'value-driven',
    facet: 'leadership-style',
    name: { en: 'Strongly value-driven', nl: 'Sterk waardegedreven' },
    description: {
      en: 'Letting shared values, rather than rules, guide what we do.',
      nl: 'Gedeelde waarden, meer dan regels, laten bepalen wat we doen.',
    },
  },
  {
    key: 'little-hierarchy',
    facet: 'leadership-style',
    name: { en: 'Little hierarchy', nl: 'Weinig hiërarchie' },
    description: {
      en: 'What you contribute counts for more than your position.',
      nl: 'Wat je bijdraagt telt zwaarder dan je positie.',
    },
  },
  {
    key: 'small-is-better',
    facet: 'leadership-style',
    name: { en: 'Small is better', nl: 'Klein is beter' },
    description: {
      en: 'Small, close-knit units with short lines and quick decisions.',
      nl: 'Kleine, hechte eenheden met korte lijnen en snelle besluiten.',
    },
  },
  {
    key: 'freedom-responsibility',
    facet: 'leadership-style',
    name: { en: 'Freedom with responsibility', nl: 'Vrijheid met verantwoordelijkheid' },
    description: {
      en: 'Plenty of room to decide for yourself, with full ownership of the result.',
      nl: 'Veel ruimte om zelf te beslissen, met volledig eigenaarschap voor het resultaat.',
    },
  },
];
