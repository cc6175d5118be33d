import type { DimensionInfo, ElementInfo } from '../content-types.ts';

export const dimensions: DimensionInfo[] = [
  { key: 'design', name: { en: 'Design', nl: 'Ontwerp' } },
  { key: 'strategy', name: { en: 'Strategy', nl: 'Strategie' } },
  { key: 'culture', name: { en: 'Culture', nl: 'Cultuur' } },
  { key: 'innovation', name: { en: 'Innovation', nl: 'Innovatie' } },
  { key: 'operations', name: { en: 'Operations', nl: 'Uitvoering' } },
];

/** Listed in checklist order; `figureNumber` is the position in the model figure. */
export const elements: ElementInfo[] = [
  {
    key: 'understanding-customers',
    number: 1,
    figureNumber: 6,
    dimension: 'innovation',
    name: { en: 'Understanding customers', nl: 'Luisteren naar klanten' },
    description: {
      en: "Finding out in a structured way what customers need, expect and feel, including what they don't say out loud, and sharing that knowledge with everyone who serves them.",
      nl: 'Gestructureerd achterhalen wat klanten nodig hebben, verwachten en voelen, ook wat ze niet uitspreken, en die kennis delen met iedereen die hen helpt.',
    },
  },
  {
    key: 'vision-strategy',
    number: 2,
    figureNumber: 2,
    dimension: 'strategy',
    name: { en: 'Vision, mission and strategy', nl: 'Visie, missie en strategie' },
    description: {
      en: 'A vision and mission built around an outstanding customer experience, turned into clear choices, goals and plans that every team and employee can connect their work to.',
      nl: 'Een visie en missie die draaien om een uitzonderlijke klantbeleving, vertaald in heldere keuzes, doelen en plannen waar elk team en elke medewerker het eigen werk aan kan koppelen.',
    },
  },
  {
    key: 'leadership',
    number: 3,
    figureNumber: 3,
    dimension: 'strategy',
    name: { en: 'Leadership', nl: 'Leiderschap' },
    description: {
      en: 'Leaders who are driven by delighted customers, set the example, stay close to customers and staff, and give people the room and conditions to excel.',
      nl: 'Leiders die gedreven worden door enthousiaste klanten, het goede voorbeeld geven, dicht bij klanten en medewerkers staan en mensen de ruimte en middelen geven om uit te blinken.',
    },
  },
  {
    key: 'culture',
    number: 4,
    figureNumber: 5,
    dimension: 'culture',
    name: { en: 'Culture', nl: 'Cultuur' },
    description: {
      en: 'A culture that is put into words, measured and consciously shaped, with values for how we treat customers, work together, learn and lead.',
      nl: 'Een cultuur die in woorden is gevat, gemeten en bewust gevormd wordt, met waarden voor hoe we met klanten omgaan, samenwerken, leren en leidinggeven.',
    },
  },
  {
    key: 'experience-design',
    number: 5,
    figureNumber: 1,
    dimension: 'design',
    name: { en: 'Customer experience design', nl: 'Klantbelevingsontwerp' },
    description: {
      en: 'Defining the ideal customer experience and shaping every customer journey around it, including how we put things right after a complaint, so customers are delighted time and again.',
      nl: 'De ideale klantbeleving vastleggen en elke klantreis daarop inrichten, ook hoe we het goedmaken na een klacht, zodat klanten steeds weer enthousiast zijn.',
    },
  },
  {
    key: 'employee-engagement',
    number: 6,
    figureNumber: 4,
    dimension: 'culture',
    name: { en: 'Employee engagement', nl: 'Betrokken medewerkers' },
    description: {
      en: 'Hiring, onboarding, developing, appraising and recognising people so that their customer focus grows, and giving them the freedom and feedback to put it to use.',
      nl: 'Werven, inwerken, ontwikkelen, beoordelen en waarderen zo inrichten dat klantgerichtheid groeit, en medewerkers de vrijheid en feedback geven om die te benutten.',
    },
  },
  {
    key: 'processes-structure',
    number: 7,
    figureNumber: 8,
    dimension: 'operations',
    name: { en: 'Processes and structure', nl: 'Processen en structuur' },
    description: {
      en: 'Channels, spaces, technology, processes, handovers and partners arranged around the customer journey rather than around departments.',
      nl: 'Kanalen, ruimtes, technologie, processen, overdrachten en partners ingericht rond de klantreis in plaats van rond afdelingen.',
    },
  },
  {
    key: 'monitoring',
    number: 8,
    figureNumber: 9,
    dimension: 'operations',
    name: { en: 'Monitoring and feedback', nl: 'Meten en sturen' },
    description: {
      en: 'Measuring what matters for employees, customers, operations and finances, getting back to customers who gave feedback, and using the results to steer, celebrate and improve.',
      nl: 'Meten wat telt voor medewerkers, klanten, bedrijfsvoering en financiën, altijd reageren op klanten die feedback gaven, en de uitkomsten gebruiken om bij te sturen, successen te vieren en te verbeteren.',
    },
  },
  {
    key: 'innovation',
    number: 9,
    figureNumber: 7,
    dimension: 'innovation',
    name: { en: 'Innovation', nl: 'Innovatie' },
    description: {
      en: 'Improving continuously at every level, leaving room to experiment and learn from mistakes, and having a clear route for turning ideas into new customer experiences.',
      nl: 'Continu verbeteren op alle niveaus, ruimte om te experimenteren en van fouten te leren, en een vaste route om ideeën om te zetten in een betere klantbeleving.',
    },
  },
];
