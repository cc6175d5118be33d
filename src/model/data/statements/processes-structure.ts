import { checklistStatements } from './author.ts';

export const processesStructureStatements = checklistStatements('processes-structure', [
  {
    id: 'ps-7.1-touchpoints',
    source: '7.1',
    phase: 'design',
    team: {
      en: 'The places, website and materials customers deal with help give them a great experience.',
      nl: 'De ruimtes, website en materialen waar klanten mee te maken krijgen, dragen bij aan een uitzonderlijke klantbeleving.',
    },
  },
  {
    id: 'ps-7.2-technology',
    source: '7.2',
    phase: 'implementation',
    team: {
      en: 'The technology we use helps us give customers more personal attention, not less.',
      nl: 'De technologie die we gebruiken, helpt ons klanten meer persoonlijke aandacht te geven, niet minder.',
    },
  },
  {
    id: 'ps-7.3-channels',
    source: '7.3',
    phase: 'design',
    team: {
      en: 'Customers can reach us through the channel they prefer, such as phone, chat, email or in person.',
      nl: 'Klanten kunnen ons bereiken via het kanaal dat zij prettig vinden, zoals telefoon, chat, mail of persoonlijk.',
    },
  },
  {
    id: 'ps-7.4-human',
    source: '7.4',
    phase: 'design',
    team: {
      en: 'Any customer who wants to can talk to a real person about their question, whatever it is.',
      nl: 'Elke klant die dat wil, kan met een echt mens praten, over welke vraag dan ook.',
    },
  },
  {
    id: 'ps-7.5-processes',
    source: '7.5',
    phase: 'implementation',
    team: {
      en: 'Our internal procedures help us serve customers well instead of getting in the way.',
      nl: 'Onze interne procedures helpen ons om klanten goed te helpen, in plaats van ons in de weg te zitten.',
    },
  },
  {
    id: 'ps-7.5-review',
    source: '7.5',
    phase: 'evaluation',
    team: {
      en: 'We regularly check whether our procedures still help customers, and change or drop the ones that get in the way.',
      nl: 'We gaan regelmatig na of onze procedures klanten nog helpen, en passen ze aan of schaffen ze af als ze in de weg zitten.',
    },
  },
  {
    id: 'ps-7.6-next-link',
    source: '7.6',
    phase: 'implementation',
    team: {
      en: 'We treat the team that picks up our work next as our customer.',
      nl: 'We behandelen het team dat na ons met het werk verdergaat als onze klant.',
    },
  },
  {
    id: 'ps-7.7-journey',
    source: '7.7',
    phase: 'design',
    team: {
      en: "The way our work is organised follows the customer's journey rather than our departments.",
      nl: 'Hoe ons werk is georganiseerd, volgt de reis van de klant en niet onze afdelingen.',
    },
  },
  {
    id: 'ps-7.7-handoffs',
    source: '7.7',
    phase: 'implementation',
    team: {
      en: 'Customers are rarely passed from one department to another when they deal with us.',
      nl: 'Klanten worden zelden van de ene afdeling naar de andere doorgestuurd als ze met ons te maken hebben.',
    },
  },
  {
    id: 'ps-7.8-coordination',
    source: '7.8',
    phase: 'implementation',
    team: {
      en: 'When we hand a customer over to another team, we coordinate closely so nothing gets lost.',
      nl: 'Als we een klant overdragen aan een ander team, stemmen we goed af zodat er niets verloren gaat.',
    },
  },
  {
    id: 'ps-7.9-outsourcing',
    source: '7.9',
    phase: 'design',
    leader: {
      en: 'When we decide whether to outsource part of our service, what customers will experience weighs as much as cost.',
      nl: 'Als we beslissen of we een deel van onze service uitbesteden, weegt wat klanten ervaren even zwaar als de kosten.',
    },
  },
  {
    id: 'ps-7.10-partners',
    source: '7.10',
    phase: 'implementation',
    team: {
      en: 'We work closely with the partners who carry out part of our service.',
      nl: 'We werken nauw samen met de partners die een deel van onze dienstverlening uitvoeren.',
    },
  },
  {
    id: 'ps-7.10-same-experience',
    source: '7.10',
    phase: 'implementation',
    team: {
      en: 'Partners who serve customers on our behalf give them the same experience we would.',
      nl: 'Partners die namens ons klanten helpen, bieden hun dezelfde beleving als wij zelf zouden bieden.',
    },
  },
  {
    id: 'ps-7.11-joint',
    source: '7.11',
    phase: 'implementation',
    team: {
      en: "When other organisations are part of a customer's journey, we work with them so it feels like one smooth whole.",
      nl: 'Als andere organisaties deel uitmaken van de reis van een klant, werken we met hen samen zodat de klant het als één geheel beleeft.',
    },
  },
]);
