import type { TraitInfo } from '../content-types.ts';

/** The eleven traits of a service excellence leader, in the book's order. */
export const traits: TraitInfo[] = [
  {
    key: 'mission-people-first',
    number: 1,
    name: { en: 'Mission and people first', nl: 'Missie en mensen eerst' },
    description: {
      en: 'Serves the mission first, then the people, and puts their own interests last.',
      nl: 'Dient eerst de missie, dan de mensen, en zet het eigenbelang op de laatste plaats.',
    },
  },
  {
    key: 'customer-person',
    number: 2,
    name: { en: 'Customer person', nl: 'Klantenman/-vrouw' },
    description: {
      en: 'Is personally and actively involved with customers.',
      nl: 'Is persoonlijk en actief betrokken bij klanten.',
    },
  },
  {
    key: 'soul-in-the-game',
    number: 3,
    name: { en: 'Soul in the game', nl: 'Soul in the game' },
    description: {
      en: 'Is personally invested in the work and cares deeply about how it turns out.',
      nl: 'Zit er met hart en ziel in en geeft echt om hoe het uitpakt.',
    },
  },
  {
    key: 'exemplary',
    number: 4,
    name: { en: 'Exemplary', nl: 'Voorbeeldig' },
    description: {
      en: 'Shows the behaviour they ask of others.',
      nl: 'Laat zelf het gedrag zien dat van anderen gevraagd wordt.',
    },
  },
  {
    key: 'appreciative',
    number: 5,
    name: { en: 'Appreciative', nl: 'Waarderend' },
    description: {
      en: 'Notices and values what people contribute.',
      nl: 'Ziet en waardeert wat mensen bijdragen.',
    },
  },
  {
    key: 'co-creating',
    number: 6,
    name: { en: 'Co-creating', nl: 'Cocreërend' },
    description: {
      en: 'Develops ideas and solutions together with staff and customers.',
      nl: 'Ontwikkelt ideeën en oplossingen samen met medewerkers en klanten.',
    },
  },
  {
    key: 'self-reflective',
    number: 7,
    name: { en: 'Self-reflective', nl: 'Zelfreflecterend' },
    description: {
      en: 'Looks critically at their own behaviour and asks for feedback on it.',
      nl: 'Kijkt kritisch naar het eigen gedrag en vraagt daar feedback op.',
    },
  },
  {
    key: 'friendly',
    number: 8,
    name: { en: 'Friendly', nl: 'Vriendelijk' },
    description: {
      en: 'Is warm and approachable.',
      nl: 'Is hartelijk en laagdrempelig.',
    },
  },
  {
    key: 'striving-for-excellence',
    number: 9,
    name: { en: 'Striving for excellence', nl: 'Streven naar excellentie' },
    description: {
      en: "Never settles for 'good enough'.",
      nl: "Neemt nooit genoegen met 'goed genoeg'.",
    },
  },
  {
    key: 'allergic-to-wrongs',
    number: 10,
    name: { en: 'Allergic to wrongs', nl: 'Allergisch voor misstanden' },
    description: {
      en: "Takes action when something isn't right, for customers or for colleagues.",
      nl: "Komt in actie als iets niet deugt, voor klanten of voor collega's.",
    },
  },
  {
    key: 'enabling',
    number: 11,
    name: { en: 'Enabling', nl: 'Voorwaardenscheppend' },
    description: {
      en: 'Creates the conditions in which staff can excel.',
      nl: 'Schept de voorwaarden waarin medewerkers kunnen uitblinken.',
    },
  },
];
