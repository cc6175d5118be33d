import { checklistStatements } from './author.ts';

export const experienceDesignStatements = checklistStatements('experience-design', [
  {
    id: 'ed-5.1-defined',
    source: '5.1',
    phase: 'design',
    team: {
      en: 'Our organisation has worked out in concrete terms what the ideal customer experience looks like.',
      nl: 'Onze organisatie heeft concreet uitgewerkt hoe de ideale klantbeleving eruitziet.',
    },
  },
  {
    id: 'ed-5.1-known',
    source: '5.1',
    phase: 'implementation',
    team: {
      en: 'I could describe the experience we want every customer to have with us.',
      nl: 'Ik kan beschrijven welke klantbeleving we elke klant willen bieden.',
    },
  },
  {
    id: 'ed-5.1-check',
    source: '5.1',
    phase: 'evaluation',
    team: {
      en: "We check with customers whether they really get the experience we aim for, and change our approach where they don't.",
      nl: 'We gaan bij klanten na of ze echt de klantbeleving krijgen die we voor ogen hebben, en passen onze aanpak aan waar dat niet zo is.',
    },
  },
  {
    id: 'ed-5.2-together',
    source: '5.2',
    phase: 'design',
    team: {
      en: 'People from our team had a real say in the customer experience we aim for.',
      nl: 'Mensen uit ons team hebben echt meegepraat over de klantbeleving die we nastreven.',
    },
  },
  {
    id: 'ed-5.3-values',
    source: '5.3',
    phase: 'design',
    team: {
      en: 'The experience we want to give customers clearly fits our values.',
      nl: 'De beleving die we klanten willen geven, past duidelijk bij onze waarden.',
    },
  },
  {
    id: 'ed-5.4-delight',
    source: '5.4',
    phase: 'design',
    team: {
      en: 'We aim to make customers enthusiastic, not just to meet their expectations.',
      nl: 'We willen klanten enthousiast maken, niet alleen doen wat ze van ons verwachten.',
    },
  },
  {
    id: 'ed-5.5-journeys',
    source: '5.5',
    phase: 'design',
    team: {
      en: 'For each type of customer we serve, we know the main journeys they make with us.',
      nl: 'Voor elk type klant dat we helpen, weten we welke belangrijke klantreizen ze bij ons doorlopen.',
    },
  },
  {
    id: 'ed-5.6-moments',
    source: '5.6',
    phase: 'design',
    team: {
      en: 'We know which small moments and details matter most to customers at each step of their journey.',
      nl: 'We weten welke kleine momenten en details klanten bij elke stap van hun reis het belangrijkst vinden.',
    },
  },
  {
    id: 'ed-5.7-guidelines',
    source: '5.7',
    phase: 'design',
    team: {
      en: "For the customer journeys we're part of, we have a few clear service guidelines that everyone knows.",
      nl: 'Voor de klantreizen waar we aan bijdragen, hebben we een paar heldere serviceafspraken die iedereen kent.',
    },
  },
  {
    id: 'ed-5.7-update',
    source: '5.7',
    phase: 'evaluation',
    team: {
      en: 'We go over our service guidelines again from time to time and change them when customers need something different.',
      nl: 'We lopen onze serviceafspraken af en toe opnieuw door en passen ze aan als klanten iets anders nodig hebben.',
    },
  },
  {
    id: 'ed-5.8-local',
    source: '5.8',
    phase: 'design',
    team: {
      en: 'Our service guidelines leave room to adapt to local customers and circumstances.',
      nl: 'Onze serviceafspraken laten ruimte om in te spelen op wat klanten en omstandigheden ter plekke vragen.',
    },
  },
  {
    id: 'ed-5.9-role',
    source: '5.9',
    phase: 'design',
    employee: {
      en: "It's clear to me what my part is in each customer journey our team contributes to.",
      nl: 'Het is me duidelijk wat mijn rol is in elke klantreis waar ons team aan bijdraagt.',
    },
    leader: {
      en: 'Everyone in my team knows their part in each customer journey we contribute to.',
      nl: 'Iedereen in mijn team weet wat zijn of haar rol is in elke klantreis waar we aan bijdragen.',
    },
  },
  {
    id: 'ed-5.9-means',
    source: '5.9',
    phase: 'implementation',
    employee: {
      en: 'I have the tools, information and skills I need to give customers the experience we aim for.',
      nl: 'Ik heb de middelen, informatie en vaardigheden om klanten de beleving te geven die we nastreven.',
    },
    leader: {
      en: 'My team has the tools, information and skills they need to give customers the experience we aim for.',
      nl: 'Mijn team heeft de middelen, informatie en vaardigheden om klanten de beleving te geven die we nastreven.',
    },
  },
  {
    id: 'ed-5.10-complaints',
    source: '5.10',
    phase: 'implementation',
    team: {
      en: 'In our team, we see a complaint as a chance to win a customer over.',
      nl: 'In ons team zien we een klacht als een kans om een klant voor ons te winnen.',
    },
  },
  {
    id: 'ed-5.11-recovery',
    source: '5.11',
    phase: 'implementation',
    team: {
      en: 'When something goes wrong for a customer, we put it right in a way that leaves them more positive than before.',
      nl: 'Gaat er voor een klant iets mis, dan herstellen we het zo dat die daarna positiever over ons denkt dan daarvoor.',
    },
  },
  {
    id: 'ed-5.11-personal',
    source: '5.11',
    phase: 'implementation',
    team: {
      en: 'When we handle a complaint, we make it personal and tailor the solution to that customer.',
      nl: 'Bij een klacht pakken we het persoonlijk aan en zoeken we een oplossing op maat voor die klant.',
    },
  },
  {
    id: 'ed-5.11-proactive',
    source: '5.11',
    phase: 'implementation',
    team: {
      en: 'As soon as we know something has gone wrong, we contact the customer ourselves, before they complain.',
      nl: 'Zodra we weten dat er iets is misgegaan, nemen we zelf contact op met de klant, nog voordat die klaagt.',
    },
  },
  {
    id: 'ed-5.11-reliable',
    source: '5.11',
    phase: 'implementation',
    team: {
      en: 'When we promise a customer a solution, we keep that promise.',
      nl: 'Als we een klant een oplossing beloven, komen we die belofte ook na.',
    },
  },
  {
    id: 'ed-5.11-surprise',
    source: '5.11',
    phase: 'implementation',
    team: {
      en: "When we put a mistake right, we sometimes add a small gesture the customer didn't expect.",
      nl: 'Als we een fout rechtzetten, verrassen we de klant soms met een klein gebaar dat die niet had verwacht.',
    },
  },
]);
