import { checklistStatements } from './author.ts';

export const understandingCustomersStatements = checklistStatements('understanding-customers', [
  {
    id: 'uc-1.1-involved',
    source: '1.1',
    phase: 'implementation',
    team: {
      en: 'People in our team who deal with customers play an active part in how we listen to customers.',
      nl: 'Wie in ons team met klanten werkt, doet actief mee aan hoe we naar klanten luisteren.',
    },
  },
  {
    id: 'uc-1.2-input',
    source: '1.2',
    phase: 'design',
    team: {
      en: 'Customers have several easy ways to tell our team what they think.',
      nl: 'Klanten hebben verschillende makkelijke manieren om ons team te laten weten wat ze vinden.',
    },
  },
  {
    id: 'uc-1.2-improve',
    source: '1.2',
    phase: 'implementation',
    team: {
      en: 'When our team improves something, we involve customers in it.',
      nl: 'Als we in ons team iets verbeteren, betrekken we klanten erbij.',
    },
  },
  {
    id: 'uc-1.2-decide',
    source: '1.2',
    phase: 'implementation',
    team: {
      en: "In our team, customers' views carry real weight in decisions that affect them.",
      nl: 'Bij beslissingen die klanten raken, weegt hun mening in ons team echt mee.',
    },
  },
  {
    id: 'uc-1.3-listening',
    source: '1.3',
    phase: 'implementation',
    team: {
      en: 'In our team, we take the time to really listen until we understand what the other person means.',
      nl: 'In ons team nemen we de tijd om echt te luisteren, tot we begrijpen wat de ander bedoelt.',
    },
  },
  {
    id: 'uc-1.4-needs',
    source: '1.4',
    phase: 'implementation',
    team: {
      en: 'We regularly and systematically find out what our customers need and expect from us.',
      nl: 'We zoeken regelmatig en volgens een vaste aanpak uit wat onze klanten nodig hebben en van ons verwachten.',
    },
  },
  {
    id: 'uc-1.4-journey',
    source: '1.4',
    phase: 'design',
    team: {
      en: 'We know what customers expect at each step of the customer journeys our team is part of.',
      nl: 'We weten wat klanten verwachten bij elke stap van de klantreizen waar ons team aan bijdraagt.',
    },
  },
  {
    id: 'uc-1.5-unspoken',
    source: '1.5',
    phase: 'implementation',
    team: {
      en: "We look beyond what customers ask for and try to discover needs they haven't put into words yet.",
      nl: 'We kijken verder dan wat klanten vragen en proberen behoeften te ontdekken die ze zelf nog niet benoemen.',
    },
  },
  {
    id: 'uc-1.6-feelings',
    source: '1.6',
    phase: 'implementation',
    team: {
      en: 'We regularly ask how customers felt about their contact with us, not only whether their question was solved.',
      nl: 'We vragen regelmatig hoe klanten hun contact met ons beleefden, niet alleen of hun vraag is opgelost.',
    },
  },
  {
    id: 'uc-1.6-relationship',
    source: '1.6',
    phase: 'implementation',
    team: {
      en: 'We know how customers feel about their relationship with us as a whole, not just about a single contact.',
      nl: 'We weten hoe klanten over hun hele relatie met ons denken, niet alleen over één los contact.',
    },
  },
  {
    id: 'uc-1.7-exceptional',
    source: '1.7',
    phase: 'design',
    team: {
      en: 'From what customers tell us, I know what makes an experience with us truly exceptional for them.',
      nl: 'Wat klanten ons vertellen, leert me wat hun beleving bij ons echt bijzonder maakt.',
    },
  },
  {
    id: 'uc-1.8-delight',
    source: '1.8',
    phase: 'design',
    team: {
      en: 'I know what it takes to turn a satisfied customer into an enthusiastic one.',
      nl: 'Ik weet wat er nodig is om van een tevreden klant een enthousiaste klant te maken.',
    },
  },
  {
    id: 'uc-1.9-collect',
    source: '1.9',
    phase: 'implementation',
    team: {
      en: "Our team records customer feedback in one agreed place, whether it's a complaint, a tip or a compliment.",
      nl: 'Ons team legt klantfeedback vast op één afgesproken plek, of het nu om een klacht, tip of compliment gaat.',
    },
  },
  {
    id: 'uc-1.10-combine',
    source: '1.10',
    phase: 'evaluation',
    team: {
      en: 'We put complaints, tips and compliments side by side to see what we do well and what we should improve.',
      nl: 'We leggen klachten, tips en complimenten naast elkaar om te zien wat goed gaat en wat beter moet.',
    },
  },
  {
    id: 'uc-1.11-record',
    source: '1.11',
    phase: 'design',
    team: {
      en: 'We keep track of what each customer wants and prefers, so nobody has to ask them twice.',
      nl: 'We houden per klant bij wat die wil en prettig vindt, zodat niemand het twee keer hoeft te vragen.',
    },
  },
  {
    id: 'uc-1.11-access',
    source: '1.11',
    phase: 'implementation',
    employee: {
      en: 'When I help a customer, I can easily see their earlier contacts, preferences and feedback.',
      nl: 'Als ik een klant help, kan ik makkelijk eerdere contacten, voorkeuren en feedback van die klant terugvinden.',
    },
    leader: {
      en: "When my team helps a customer, they can easily see that customer's earlier contacts, preferences and feedback.",
      nl: 'Als mijn teamleden een klant helpen, vinden ze eerdere contacten, voorkeuren en feedback van die klant makkelijk terug.',
    },
  },
]);
