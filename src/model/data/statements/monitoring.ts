import { checklistStatements } from './author.ts';

export const monitoringStatements = checklistStatements('monitoring', [
  {
    id: 'mo-8.1-links',
    source: '8.1',
    phase: 'design',
    team: {
      en: 'I understand how the way we treat colleagues affects customers, and how that in turn affects our results.',
      nl: 'Ik zie hoe onze omgang met elkaar doorwerkt naar klanten, en hoe dat terugkomt in onze resultaten.',
    },
  },
  {
    id: 'mo-8.2-operations',
    source: '8.2',
    phase: 'implementation',
    team: {
      en: 'Our team tracks a few clear measures of how well our service is running day to day.',
      nl: 'Ons team houdt een paar duidelijke cijfers bij over hoe onze service dagelijks loopt.',
    },
  },
  {
    id: 'mo-8.2-chosen',
    source: '8.2',
    phase: 'design',
    team: {
      en: "We've agreed on the few figures that tell us whether we're doing well for customers, and everyone knows them.",
      nl: 'We hebben afgesproken aan welke paar cijfers we zien of we het goed doen voor klanten, en iedereen kent ze.',
    },
  },
  {
    id: 'mo-8.3-people',
    source: '8.3',
    phase: 'implementation',
    team: {
      en: 'We are asked regularly, not just once a year, how engaged and motivated we feel.',
      nl: 'Ons wordt regelmatig gevraagd, en niet alleen één keer per jaar, hoe betrokken en gemotiveerd we ons voelen.',
    },
  },
  {
    id: 'mo-8.4-customers',
    source: '8.4',
    phase: 'implementation',
    team: {
      en: "We regularly measure how enthusiastic and loyal our customers are, not only whether they're satisfied.",
      nl: 'We meten regelmatig hoe enthousiast en trouw onze klanten zijn, niet alleen of ze tevreden zijn.',
    },
  },
  {
    id: 'mo-8.5-business',
    source: '8.5',
    phase: 'evaluation',
    leader: {
      en: 'We can show what our work on service brings in terms of financial results and position in the market.',
      nl: 'We kunnen laten zien wat ons werk aan service oplevert voor onze financiële resultaten en marktpositie.',
    },
  },
  {
    id: 'mo-8.6-cycle',
    source: '8.6',
    phase: 'implementation',
    team: {
      en: 'Feedback from customers and employees is a standard item whenever we plan and review our work.',
      nl: 'Feedback van klanten en medewerkers is een vast onderdeel als we ons werk plannen en evalueren.',
    },
  },
  {
    id: 'mo-8.7-priorities',
    source: '8.7',
    phase: 'implementation',
    team: {
      en: 'In our team meetings, results for customers and employees get more attention than costs and revenue.',
      nl: 'In ons teamoverleg krijgen de resultaten voor klanten en medewerkers meer aandacht dan kosten en omzet.',
    },
  },
  {
    id: 'mo-8.8-on-track',
    source: '8.8',
    phase: 'evaluation',
    team: {
      en: "From our figures, we can tell whether we're reaching the goals we set for customers and service.",
      nl: 'Aan onze cijfers kunnen we zien of we de doelen halen die we voor klanten en service hebben gesteld.',
    },
  },
  {
    id: 'mo-8.9-closed-loop',
    source: '8.9',
    phase: 'implementation',
    team: {
      en: 'After key moments in the customer journey, we ask customers for feedback and get back to them personally.',
      nl: 'Na belangrijke momenten in de klantreis vragen we klanten om feedback en reageren we daar persoonlijk op.',
    },
  },
  {
    id: 'mo-8.10-track',
    source: '8.10',
    phase: 'evaluation',
    team: {
      en: 'Our team regularly looks together at what customers say about us, to see how we are doing.',
      nl: 'Ons team kijkt regelmatig samen naar wat klanten over ons zeggen, om te zien hoe we het doen.',
    },
  },
  {
    id: 'mo-8.10-celebrate',
    source: '8.10',
    phase: 'implementation',
    team: {
      en: 'When customers are positive about us, we celebrate it as a team.',
      nl: 'Als klanten positief over ons zijn, vieren we dat met het team.',
    },
  },
  {
    id: 'mo-8.10-improve',
    source: '8.10',
    phase: 'evaluation',
    team: {
      en: "When customer feedback shows something isn't working, our team changes the way we work.",
      nl: 'Als uit klantfeedback blijkt dat iets niet werkt, passen we in ons team onze werkwijze aan.',
    },
  },
  {
    id: 'mo-8.11-relationship',
    source: '8.11',
    phase: 'implementation',
    team: {
      en: 'All year round, we get fresh results on how customers see their overall relationship with us.',
      nl: 'Het hele jaar door krijgen we nieuwe resultaten binnen over hoe klanten hun relatie met ons als geheel zien.',
    },
  },
]);
