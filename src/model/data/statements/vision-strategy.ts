import { checklistStatements } from './author.ts';

export const visionStrategyStatements = checklistStatements('vision-strategy', [
  {
    id: 'vs-2.1-customer-voice',
    source: '2.1',
    phase: 'design',
    team: {
      en: "Our organisation's vision is clearly about what customers need and giving them an outstanding experience.",
      nl: 'De visie van onze organisatie gaat duidelijk over wat klanten nodig hebben en hoe we hun een uitzonderlijke klantbeleving bieden.',
    },
  },
  {
    id: 'vs-2.2-inspiring',
    source: '2.2',
    phase: 'design',
    team: {
      en: "Our organisation's vision genuinely moves and inspires me.",
      nl: 'De visie van onze organisatie raakt en inspireert mij echt.',
    },
  },
  {
    id: 'vs-2.3-values-vision',
    source: '2.3',
    phase: 'design',
    team: {
      en: "Our organisation's values follow logically from what we want to achieve for customers.",
      nl: 'De waarden van onze organisatie sluiten logisch aan op wat we voor klanten willen bereiken.',
    },
  },
  {
    id: 'vs-2.3-values-decisions',
    source: '2.3',
    phase: 'implementation',
    team: {
      en: "When our team makes an important decision, we let our organisation's values guide us.",
      nl: 'Als we in ons team een belangrijke beslissing nemen, laten we ons leiden door de waarden van onze organisatie.',
    },
  },
  {
    id: 'vs-2.4-staff-involved',
    source: '2.4',
    phase: 'design',
    employee: {
      en: "Employees like me get a real chance to help shape our organisation's direction and plans.",
      nl: 'Medewerkers zoals ik krijgen echt de kans om mee te denken over de koers en plannen van onze organisatie.',
    },
    leader: {
      en: "My team members get a real chance to help shape our organisation's direction and plans.",
      nl: 'Mijn teamleden krijgen echt de kans om mee te denken over de koers en plannen van onze organisatie.',
    },
  },
  {
    id: 'vs-2.4-customers-involved',
    source: '2.4',
    phase: 'design',
    leader: {
      en: "Customers were asked for their views when our organisation's vision and strategy were set.",
      nl: 'Bij het bepalen van de visie en strategie van onze organisatie zijn klanten om hun mening gevraagd.',
    },
  },
  {
    id: 'vs-2.5-goals',
    source: '2.5',
    phase: 'design',
    team: {
      en: 'Our team has clear goals for customers, colleagues and partners, not only for money and output.',
      nl: "Ons team heeft duidelijke doelen voor klanten, collega's en partners, niet alleen voor geld en productie.",
    },
  },
  {
    id: 'vs-2.6-plan',
    source: '2.6',
    phase: 'design',
    team: {
      en: "It's clear to me how our team plans to reach its goals.",
      nl: 'Het is me duidelijk hoe ons team zijn doelen wil bereiken.',
    },
  },
  {
    id: 'vs-2.7-difference',
    source: '2.7',
    phase: 'design',
    team: {
      en: "I could explain in one sentence what we offer customers that others don't.",
      nl: 'Ik kan in één zin uitleggen wat wij klanten bieden dat anderen niet bieden.',
    },
  },
  {
    id: 'vs-2.8-team-plan',
    source: '2.8',
    phase: 'design',
    team: {
      en: "Our team has its own goals and plans that clearly contribute to the organisation's mission.",
      nl: 'Ons team heeft eigen doelen en plannen die duidelijk bijdragen aan de missie van de organisatie.',
    },
  },
  {
    id: 'vs-2.9-contribution',
    source: '2.9',
    phase: 'implementation',
    employee: {
      en: "I know how my own work contributes to our organisation's mission.",
      nl: 'Ik weet hoe mijn eigen werk bijdraagt aan de missie van onze organisatie.',
    },
    leader: {
      en: 'Everyone in my team knows how their own work contributes to our mission.',
      nl: 'Iedereen in mijn team weet hoe zijn of haar werk bijdraagt aan onze missie.',
    },
  },
  {
    id: 'vs-2.10-customers-in-plans',
    source: '2.10',
    phase: 'implementation',
    team: {
      en: "We tell customers what we're working towards and involve them in making it happen.",
      nl: 'We vertellen klanten waar we naartoe werken en betrekken hen erbij om dat waar te maken.',
    },
  },
  {
    id: 'vs-2.11-review',
    source: '2.11',
    phase: 'evaluation',
    team: {
      en: "We regularly check whether our plans are working and adjust them when they aren't.",
      nl: 'We kijken regelmatig of onze plannen werken en passen ze aan als dat niet zo is.',
    },
  },
]);
