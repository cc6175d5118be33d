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
      en: 'New colleagues who join our team turn out to care about customers and to fit the way we work.',
      nl: "Nieuwe collega's in ons team blijken klantgericht te zijn en te passen bij hoe wij werken.",
    },
  },
  {
    id: 'ee-6.3-methods',
    source: '6.3',
    phase: 'design',
    team: {
      en: 'Candidates for our team show how they deal with customers in practice, for example on a day with us, not only in an interview.',
      nl: 'Kandidaten voor ons team laten in de praktijk zien hoe ze met klanten omgaan, bijvoorbeeld op een meeloopdag, niet alleen in een gesprek.',
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
      en: 'My team leader, not only HR, plays a visible part in welcoming and training new colleagues.',
      nl: "Mijn leidinggevende speelt een zichtbare rol bij het inwerken van nieuwe collega's, niet alleen HR.",
    },
    leader: {
      en: 'I play a visible part in welcoming and training new team members myself, rather than leaving it to HR.',
      nl: 'Ik speel zelf een zichtbare rol bij het inwerken van nieuwe teamleden; dat laat ik niet alleen aan HR over.',
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
      nl: 'Mijn teamleden horen regelmatig van de klanten die ze hielpen hoe die dat hebben beleefd.',
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
      en: 'My team members use what customers say about their work to do better next time.',
      nl: 'Mijn teamleden gebruiken wat klanten over hun werk zeggen om het de volgende keer beter te doen.',
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
      en: 'My team members actually use the freedom they have to go the extra mile for a customer.',
      nl: 'Mijn teamleden gebruiken de ruimte die ze hebben ook echt om een stapje extra te zetten voor een klant.',
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
      nl: "Collega's die klanten uitzonderlijk goed helpen, zijn in ons team een voorbeeld waar we van leren.",
    },
  },
  {
    id: 'ee-6.9-address',
    source: '6.9',
    phase: 'implementation',
    team: {
      en: "In our team, it is raised when someone keeps letting customers down; we don't look the other way.",
      nl: 'Als iemand klanten steeds in de steek laat, wordt dat in ons team aangekaart; we kijken er niet van weg.',
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
      en: 'My team members see that something is done with the feedback they give.',
      nl: 'Mijn teamleden zien dat er iets gebeurt met de feedback die zij geven.',
    },
  },
]);
