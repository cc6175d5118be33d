import { checklistStatements } from './author.ts';

export const employeeEngagementStatements = checklistStatements('employee-engagement', [
  {
    id: 'ee-6.1-role-goals',
    source: '6.1',
    phase: 'design',
    employee: {
      en: 'The main goals of my job include making customers enthusiastic, not just getting tasks done.',
      nl: 'De belangrijkste doelen van mijn functie gaan ook over enthousiaste klanten, niet alleen over taken afvinken.',
    },
    leader: {
      en: 'The main goals of every role in my team include making customers enthusiastic, not just getting tasks done.',
      nl: 'De belangrijkste doelen van elke functie in mijn team gaan ook over enthousiaste klanten, niet alleen over taken afvinken.',
    },
  },
  {
    id: 'ee-6.2-hiring',
    source: '6.2',
    phase: 'implementation',
    team: {
      en: 'New colleagues in our team are chosen mainly for their care for customers and how well they fit our culture.',
      nl: "Nieuwe collega's in ons team worden vooral gekozen op hun klantgerichtheid en hoe ze bij onze cultuur passen.",
    },
  },
  {
    id: 'ee-6.3-methods',
    source: '6.3',
    phase: 'design',
    team: {
      en: "We test candidates' customer focus in practice too, for example with a trial day, not only in an interview.",
      nl: 'We testen de klantgerichtheid van kandidaten ook in de praktijk, bijvoorbeeld met een meeloopdag, niet alleen in een gesprek.',
    },
  },
  {
    id: 'ee-6.4-onboarding',
    source: '6.4',
    phase: 'design',
    team: {
      en: 'New colleagues learn from day one what our customers expect and which values matter to us.',
      nl: "Nieuwe collega's leren vanaf de eerste dag wat onze klanten verwachten en welke waarden bij ons centraal staan.",
    },
  },
  {
    id: 'ee-6.4-leaders',
    source: '6.4',
    phase: 'implementation',
    employee: {
      en: 'Leaders, not only HR, play a visible part in welcoming and training new colleagues.',
      nl: "Leidinggevenden spelen een zichtbare rol bij het inwerken van nieuwe collega's, niet alleen HR.",
    },
    leader: {
      en: 'I play a visible part in welcoming and training new team members myself.',
      nl: 'Ik speel zelf een zichtbare rol bij het inwerken van nieuwe teamleden.',
    },
  },
  {
    id: 'ee-6.5-learning',
    source: '6.5',
    phase: 'implementation',
    employee: {
      en: 'I regularly get training or coaching on serving customers well, not only on systems and procedures.',
      nl: 'Ik krijg regelmatig training of coaching in het goed helpen van klanten, niet alleen in systemen en procedures.',
    },
    leader: {
      en: 'My team regularly gets training or coaching on serving customers well, not only on systems and procedures.',
      nl: 'Mijn team krijgt regelmatig training of coaching in het goed helpen van klanten, niet alleen in systemen en procedures.',
    },
  },
  {
    id: 'ee-6.6-hear-back',
    source: '6.6',
    phase: 'implementation',
    employee: {
      en: "I regularly hear back from customers I've helped about how they experienced it.",
      nl: 'Ik hoor regelmatig van klanten die ik heb geholpen hoe ze dat hebben ervaren.',
    },
    leader: {
      en: "My team members regularly hear back from customers they've helped about how they experienced it.",
      nl: 'Mijn teamleden horen regelmatig van klanten die ze hebben geholpen hoe die dat hebben ervaren.',
    },
  },
  {
    id: 'ee-6.6-learn',
    source: '6.6',
    phase: 'evaluation',
    employee: {
      en: 'I use what customers say about my work to do better next time.',
      nl: 'Ik gebruik wat klanten over mijn werk zeggen om het de volgende keer beter te doen.',
    },
    leader: {
      en: 'I help my team members learn from what customers say about their work.',
      nl: 'Ik help mijn teamleden te leren van wat klanten over hun werk zeggen.',
    },
  },
  {
    id: 'ee-6.7-use-room',
    source: '6.7',
    phase: 'implementation',
    employee: {
      en: 'I actually use the freedom I have to go the extra mile for a customer.',
      nl: 'Ik gebruik de ruimte die ik heb ook echt om een stapje extra te zetten voor een klant.',
    },
    leader: {
      en: 'I encourage my team to actually use their freedom to go the extra mile for customers.',
      nl: 'Ik moedig mijn team aan om hun ruimte ook echt te gebruiken om een stapje extra te zetten voor klanten.',
    },
  },
  {
    id: 'ee-6.8-review',
    source: '6.8',
    phase: 'design',
    employee: {
      en: 'In my reviews, I get a clear picture of what I do well with customers and what I can improve.',
      nl: 'In mijn beoordelingsgesprek krijg ik een duidelijk beeld van wat ik goed doe voor klanten en wat beter kan.',
    },
    leader: {
      en: 'In reviews, I give each team member a clear picture of what they do well with customers and what they can improve.',
      nl: 'In beoordelingsgesprekken geef ik elk teamlid een duidelijk beeld van wat die goed doet voor klanten en wat beter kan.',
    },
  },
  {
    id: 'ee-6.8-development',
    source: '6.8',
    phase: 'evaluation',
    employee: {
      en: 'What comes out of my review is followed up with concrete steps that help me develop.',
      nl: 'Wat uit mijn beoordelingsgesprek komt, krijgt een vervolg met concrete stappen voor mijn ontwikkeling.',
    },
    leader: {
      en: 'I follow up every review with concrete steps that help that person develop.',
      nl: 'Ik geef elk beoordelingsgesprek een vervolg met concrete stappen voor de ontwikkeling van die persoon.',
    },
  },
  {
    id: 'ee-6.9-role-models',
    source: '6.9',
    phase: 'implementation',
    team: {
      en: 'In our team, colleagues who serve customers brilliantly are held up as examples we learn from.',
      nl: "In ons team gelden collega's die klanten geweldig helpen als voorbeeld waar we van leren.",
    },
  },
  {
    id: 'ee-6.9-address',
    source: '6.9',
    phase: 'implementation',
    team: {
      en: 'If someone keeps letting customers down, this is addressed and it has consequences.',
      nl: 'Als iemand klanten steeds in de steek laat, wordt dat besproken en heeft dat gevolgen.',
    },
  },
  {
    id: 'ee-6.10-recognition',
    source: '6.10',
    phase: 'implementation',
    team: {
      en: 'Great work for customers gets recognised in our team, both with an everyday thank-you and in more formal ways.',
      nl: 'Goed werk voor klanten wordt in ons team gewaardeerd, met een gewoon bedankje en ook op meer formele manieren.',
    },
  },
  {
    id: 'ee-6.11-asked',
    source: '6.11',
    phase: 'implementation',
    employee: {
      en: 'I am regularly asked for my ideas and feedback in a set way, not just when something has gone wrong.',
      nl: 'Mijn ideeën en feedback worden regelmatig en op een vaste manier gevraagd, niet alleen als er iets mis is.',
    },
    leader: {
      en: 'I regularly ask my team for their ideas and feedback in a set way, not just when something has gone wrong.',
      nl: 'Ik vraag mijn team regelmatig en op een vaste manier om ideeën en feedback, niet alleen als er iets mis is.',
    },
  },
  {
    id: 'ee-6.11-follow-up',
    source: '6.11',
    phase: 'evaluation',
    employee: {
      en: 'I see that something is done with the feedback employees give.',
      nl: 'Ik zie dat er iets gebeurt met de feedback die medewerkers geven.',
    },
    leader: {
      en: 'My team can see that I act on the feedback they give.',
      nl: 'Mijn team ziet dat ik iets doe met de feedback die ze geven.',
    },
  },
]);
