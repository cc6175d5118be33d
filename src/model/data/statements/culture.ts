import { checklistStatements } from './author.ts';

// Items 4.5–4.8 (the four facets and their values) are asked through the culture-value statements in values.ts.
export const cultureStatements = checklistStatements('culture', [
  {
    id: 'cu-4.1-described',
    source: '4.1',
    phase: 'design',
    team: {
      en: "In our team, we've talked about what our culture is like today and written it down.",
      nl: 'In ons team hebben we besproken hoe onze cultuur nu is, en dat ook opgeschreven.',
    },
  },
  {
    id: 'cu-4.2-staff',
    source: '4.2',
    phase: 'design',
    employee: {
      en: 'Employees like me help decide what our culture should look like and how we change it.',
      nl: 'Medewerkers zoals ik denken mee over hoe onze cultuur eruit moet zien en hoe we die veranderen.',
    },
    leader: {
      en: 'My team members help decide what our culture should look like and how we change it.',
      nl: 'Mijn teamleden denken mee over hoe onze cultuur eruit moet zien en hoe we die veranderen.',
    },
  },
  {
    id: 'cu-4.2-customers',
    source: '4.2',
    phase: 'design',
    team: {
      en: 'We ask customers how they experience our way of working, and use that to shape our culture.',
      nl: 'We vragen klanten hoe ze onze manier van werken ervaren, en gebruiken dat om onze cultuur vorm te geven.',
    },
  },
  {
    id: 'cu-4.3-team',
    source: '4.3',
    phase: 'implementation',
    team: {
      en: 'You can see our values in how people in our team actually behave every day.',
      nl: 'Je ziet onze waarden terug in hoe mensen in ons team zich elke dag gedragen.',
    },
  },
  {
    id: 'cu-4.3-leaders',
    source: '4.3',
    phase: 'implementation',
    team: {
      en: "You can see our values in how our organisation's leaders behave.",
      nl: 'Je ziet onze waarden terug in het gedrag van de leidinggevenden in onze organisatie.',
    },
  },
  {
    id: 'cu-4.4-facets',
    source: '4.4',
    phase: 'design',
    team: {
      en: 'Our culture values cover how we treat customers, how we work together, how we learn and how we lead.',
      nl: 'Onze cultuurwaarden gaan over hoe we met klanten omgaan, hoe we samenwerken, hoe we leren en hoe we leidinggeven.',
    },
  },
  {
    id: 'cu-4.9-measured',
    source: '4.9',
    phase: 'evaluation',
    team: {
      en: 'We are regularly asked how we experience our culture, and we hear what comes out of it.',
      nl: 'Ons wordt regelmatig gevraagd hoe we onze cultuur ervaren, en we horen wat eruit komt.',
    },
  },
  {
    id: 'cu-4.9-benchmark',
    source: '4.9',
    phase: 'evaluation',
    leader: {
      en: 'We compare our culture with that of other organisations, so we can learn from them.',
      nl: 'We vergelijken onze cultuur met die van andere organisaties, zodat we van hen kunnen leren.',
    },
  },
  {
    id: 'cu-4.10-shaping',
    source: '4.10',
    phase: 'implementation',
    team: {
      en: 'In our team, we work on our culture on purpose, for example through our habits, rituals and the stories we tell.',
      nl: 'In ons team werken we bewust aan onze cultuur, bijvoorbeeld via onze gewoontes, rituelen en de verhalen die we vertellen.',
    },
  },
  {
    id: 'cu-4.10-review',
    source: '4.10',
    phase: 'evaluation',
    team: {
      en: "Now and then we talk in our team about whether the way we work together still fits our values, and change what doesn't.",
      nl: 'In ons team bespreken we af en toe of onze manier van samenwerken nog bij onze waarden past, en veranderen we wat niet past.',
    },
  },
  {
    id: 'cu-4.11-strengths',
    source: '4.11',
    phase: 'implementation',
    team: {
      en: 'We know which parts of our culture make colleagues and customers enthusiastic, and we deliberately keep them alive.',
      nl: "We weten welke kanten van onze cultuur collega's en klanten enthousiast maken, en die houden we bewust in stand.",
    },
  },
]);
