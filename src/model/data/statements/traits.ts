import { TRAIT_KEYS, type TraitKey } from '../../keys.ts';
import type { LocalizedText } from '../../localized-text.ts';
import type { Statement } from '../../statement.ts';

/**
 * One statement per trait with two wordings: employees rate their own team
 * leader, leaders rate themselves. Sharing one id is what lets a report set a
 * leader's self-view beside the team's view. Together they ask checklist item
 * 3.2, which holds leaders to these eleven traits.
 */
const wordings: Record<TraitKey, { employee: LocalizedText; leader: LocalizedText }> = {
  'mission-people-first': {
    employee: {
      en: 'My team leader puts our mission and our people first, and their own interests last.',
      nl: 'Mijn leidinggevende zet onze missie en de mensen voorop, en het eigenbelang op de laatste plaats.',
    },
    leader: {
      en: 'I put our mission and my people first, and my own interests last.',
      nl: 'Ik zet onze missie en mijn mensen voorop, en mijn eigenbelang op de laatste plaats.',
    },
  },
  'customer-person': {
    employee: {
      en: 'My team leader is personally involved with our customers and knows what matters to them.',
      nl: 'Mijn leidinggevende is persoonlijk betrokken bij onze klanten en weet wat voor hen belangrijk is.',
    },
    leader: {
      en: "I'm personally involved with our customers and know what matters to them.",
      nl: 'Ik ben persoonlijk betrokken bij onze klanten en weet wat voor hen belangrijk is.',
    },
  },
  'soul-in-the-game': {
    employee: {
      en: 'My team leader truly cares about our work and puts their heart and soul into it.',
      nl: 'Mijn leidinggevende geeft echt om ons werk en zit er met hart en ziel in.',
    },
    leader: {
      en: 'I truly care about our work and put my heart and soul into it.',
      nl: 'Ik geef echt om ons werk en zit er met hart en ziel in.',
    },
  },
  exemplary: {
    employee: {
      en: 'My team leader does what they ask of us.',
      nl: 'Mijn leidinggevende houdt zich zelf aan wat die van ons vraagt.',
    },
    leader: {
      en: 'I do what I ask of my team.',
      nl: 'Ik doe zelf wat ik van mijn team vraag.',
    },
  },
  appreciative: {
    employee: {
      en: 'My team leader regularly shows appreciation for what I do.',
      nl: 'Mijn leidinggevende laat me regelmatig merken dat mijn werk gewaardeerd wordt.',
    },
    leader: {
      en: 'I regularly show my team members appreciation for what they do.',
      nl: 'Ik laat mijn teamleden regelmatig merken dat ik waardeer wat ze doen.',
    },
  },
  'co-creating': {
    employee: {
      en: 'My team leader works out solutions together with us and with customers.',
      nl: 'Mijn leidinggevende bedenkt oplossingen samen met ons en met klanten.',
    },
    leader: {
      en: 'I work out solutions together with my team and with customers.',
      nl: 'Ik bedenk oplossingen samen met mijn team en met klanten.',
    },
  },
  'self-reflective': {
    employee: {
      en: 'My team leader asks for feedback on their own behaviour and does something with it.',
      nl: 'Mijn leidinggevende vraagt feedback op het eigen gedrag en doet daar iets mee.',
    },
    leader: {
      en: 'I ask for feedback on my own behaviour and do something with it.',
      nl: 'Ik vraag feedback op mijn eigen gedrag en doe daar iets mee.',
    },
  },
  friendly: {
    employee: {
      en: 'My team leader is kind and easy to approach.',
      nl: 'Mijn leidinggevende is vriendelijk en makkelijk aan te spreken.',
    },
    leader: {
      en: "I'm kind and easy to approach.",
      nl: 'Ik ben vriendelijk en makkelijk aan te spreken.',
    },
  },
  'striving-for-excellence': {
    employee: {
      en: "My team leader never settles for 'good enough' when it comes to our service.",
      nl: "Mijn leidinggevende neemt geen genoegen met 'goed genoeg' als het om onze service gaat.",
    },
    leader: {
      en: "I never settle for 'good enough' when it comes to our service.",
      nl: "Ik neem geen genoegen met 'goed genoeg' als het om onze service gaat.",
    },
  },
  'allergic-to-wrongs': {
    employee: {
      en: "My team leader takes action when something isn't right for customers or colleagues.",
      nl: "Mijn leidinggevende treedt op als iets niet in orde is voor klanten of collega's.",
    },
    leader: {
      en: "I take action when something isn't right for customers or colleagues.",
      nl: "Ik treed op als iets niet in orde is voor klanten of collega's.",
    },
  },
  enabling: {
    employee: {
      en: 'My team leader clears obstacles out of the way so we can do our best work for customers.',
      nl: 'Mijn leidinggevende ruimt obstakels uit de weg, zodat wij ons beste werk voor klanten kunnen doen.',
    },
    leader: {
      en: 'I clear obstacles out of the way so my team can do their best work for customers.',
      nl: 'Ik ruim obstakels uit de weg, zodat mijn team zijn beste werk voor klanten kan doen.',
    },
  },
};

export const traitStatements: Statement[] = TRAIT_KEYS.map((key) => ({
  id: `trait.${key}`,
  target: { kind: 'trait', key },
  source: '3.2',
  scale: 'agree5',
  text: wordings[key],
}));
