import { checklistStatements } from './author.ts';

export const innovationStatements = checklistStatements('innovation', [
  {
    id: 'in-9.1-attitude',
    source: '9.1',
    phase: 'implementation',
    team: {
      en: 'In our team, people are positive about finding better ways to do our work.',
      nl: 'In ons team staan mensen positief tegenover het zoeken naar betere manieren om ons werk te doen.',
    },
  },
  {
    id: 'in-9.2-team',
    source: '9.2',
    phase: 'implementation',
    team: {
      en: 'Our team keeps improving how we work, in big ways and small.',
      nl: 'Ons team verbetert voortdurend hoe we werken, in grote en kleine dingen.',
    },
  },
  {
    id: 'in-9.2-review',
    source: '9.2',
    phase: 'evaluation',
    team: {
      en: 'We regularly look back at what our improvements have achieved, and take the lessons into the next one.',
      nl: 'We kijken regelmatig terug op wat onze verbeteringen hebben opgeleverd, en nemen die lessen mee naar de volgende.',
    },
  },
  {
    id: 'in-9.2-levels',
    source: '9.2',
    phase: 'implementation',
    team: {
      en: 'I see improvements being made not only in our team but also in other teams and by management.',
      nl: 'Ik zie dat er niet alleen in ons team wordt verbeterd, maar ook in andere teams en door de leiding.',
    },
  },
  {
    id: 'in-9.3-customer-contact',
    source: '9.3',
    phase: 'implementation',
    team: {
      en: 'We keep improving the way we deal with customers, whether in person, by phone or online.',
      nl: 'We verbeteren steeds hoe we klanten te woord staan, of dat nu persoonlijk, telefonisch of online is.',
    },
  },
  {
    id: 'in-9.3-behind-the-scenes',
    source: '9.3',
    phase: 'implementation',
    team: {
      en: 'We also improve the work customers never see, such as admin and internal handling.',
      nl: 'We verbeteren ook het werk dat klanten niet zien, zoals administratie en interne afhandeling.',
    },
  },
  {
    id: 'in-9.4-mistakes',
    source: '9.4',
    phase: 'implementation',
    team: {
      en: "In our team, it's OK to make a mistake, as long as we learn from it.",
      nl: 'In ons team mag je een fout maken, als we er maar van leren.',
    },
  },
  {
    id: 'in-9.5-learn-from-others',
    source: '9.5',
    phase: 'implementation',
    team: {
      en: 'People in our team are keen to learn from others, inside and outside our organisation.',
      nl: 'Mensen in ons team willen graag leren van anderen, binnen en buiten onze organisatie.',
    },
  },
  {
    id: 'in-9.6-ideas',
    source: '9.6',
    phase: 'implementation',
    team: {
      en: 'New ideas for a better customer experience are welcome in our team, wherever they come from.',
      nl: 'Nieuwe ideeën voor een betere klantbeleving zijn welkom in ons team, van wie ze ook komen.',
    },
  },
  {
    id: 'in-9.6-experiment',
    source: '9.6',
    phase: 'implementation',
    team: {
      en: "We're encouraged to try out new ideas with customers on a small scale, even if they might not work.",
      nl: 'We worden aangemoedigd om nieuwe ideeën op kleine schaal met klanten uit te proberen, ook als ze misschien mislukken.',
    },
  },
  {
    id: 'in-9.7-time',
    source: '9.7',
    phase: 'implementation',
    employee: {
      en: 'I get time to work on new ideas alongside my regular work.',
      nl: 'Ik krijg tijd om naast mijn gewone werk aan nieuwe ideeën te werken.',
    },
    leader: {
      en: 'My team gets time to work on new ideas alongside their regular work.',
      nl: 'Mijn team krijgt tijd om naast het gewone werk aan nieuwe ideeën te werken.',
    },
  },
  {
    id: 'in-9.7-means',
    source: '9.7',
    phase: 'implementation',
    team: {
      en: 'When a good idea needs budget or tools, we can get them.',
      nl: 'Als een goed idee budget of middelen nodig heeft, kunnen we die krijgen.',
    },
  },
  {
    id: 'in-9.8-outside',
    source: '9.8',
    phase: 'implementation',
    team: {
      en: 'We get fresh ideas from outside, for example from partners, customers or other companies.',
      nl: 'We halen nieuwe ideeën van buiten, bijvoorbeeld bij partners, klanten of andere bedrijven.',
    },
  },
  {
    id: 'in-9.9-route',
    source: '9.9',
    phase: 'design',
    team: {
      en: "There's a clear route for taking an idea from a first thought to something customers actually use.",
      nl: 'Er is een duidelijke route om een idee uit te werken tot iets waar klanten echt gebruik van maken.',
    },
  },
  {
    id: 'in-9.9-regular',
    source: '9.9',
    phase: 'implementation',
    team: {
      en: 'We regularly introduce something new or improved that customers notice.',
      nl: 'We voeren regelmatig vernieuwingen door waar klanten iets van merken.',
    },
  },
  {
    id: 'in-9.9-evaluate',
    source: '9.9',
    phase: 'evaluation',
    team: {
      en: "Once we've introduced something new, we check whether customers really gain from it, and improve it or drop it if they don't.",
      nl: 'Als we iets nieuws hebben ingevoerd, kijken we of klanten er echt iets aan hebben, en verbeteren of schrappen we het als dat niet zo is.',
    },
  },
]);
