import { checklistStatements } from './author.ts';

// Item 3.2 (leaders show the eleven traits) is asked through the trait statements in traits.ts.
export const leadershipStatements = checklistStatements('leadership', [
  {
    id: 'ld-3.1-driven',
    source: '3.1',
    phase: 'implementation',
    employee: {
      en: 'My team leader is genuinely driven to give customers an exceptional experience.',
      nl: 'Mijn leidinggevende is er oprecht op gebrand dat klanten een uitzonderlijke klantbeleving krijgen.',
    },
    leader: {
      en: "I'm genuinely driven to give our customers an exceptional experience.",
      nl: 'Ik ben er oprecht op gebrand dat onze klanten een uitzonderlijke klantbeleving krijgen.',
    },
  },
  {
    id: 'ld-3.1-management',
    source: '3.1',
    phase: 'implementation',
    team: {
      en: 'Our senior management clearly cares about delighting customers, not only about the figures.',
      nl: 'Onze directie geeft duidelijk om enthousiaste klanten, niet alleen om de cijfers.',
    },
  },
  {
    id: 'ld-3.3-example',
    source: '3.3',
    phase: 'implementation',
    employee: {
      en: 'My team leader sets the example in how we treat customers.',
      nl: 'Mijn leidinggevende geeft zelf het goede voorbeeld in hoe we met klanten omgaan.',
    },
    leader: {
      en: 'I set the example in how we treat customers.',
      nl: 'Ik geef zelf het goede voorbeeld in hoe we met klanten omgaan.',
    },
  },
  {
    id: 'ld-3.3-champion',
    source: '3.3',
    phase: 'implementation',
    team: {
      en: 'Our leaders visibly champion great service across the organisation.',
      nl: 'Directie en leidinggevenden maken in de hele organisatie zichtbaar dat goede service voorop staat.',
    },
  },
  {
    id: 'ld-3.4-allies',
    source: '3.4',
    phase: 'implementation',
    employee: {
      en: 'My team leader encourages colleagues to take the lead in improving our service.',
      nl: "Mijn leidinggevende moedigt collega's aan om het voortouw te nemen bij het verbeteren van onze service.",
    },
    leader: {
      en: 'I encourage colleagues to take the lead in improving our service.',
      nl: "Ik moedig collega's aan om het voortouw te nemen bij het verbeteren van onze service.",
    },
  },
  {
    id: 'ld-3.5-growth',
    source: '3.5',
    phase: 'implementation',
    employee: {
      en: 'My team leader makes sure I have what I need to grow in my role and serve customers well.',
      nl: 'Mijn leidinggevende zorgt dat ik heb wat ik nodig heb om te groeien in mijn rol en klanten goed te helpen.',
    },
    leader: {
      en: 'I make sure my team members have what they need to grow in their roles and serve customers well.',
      nl: 'Ik zorg dat mijn teamleden hebben wat ze nodig hebben om te groeien in hun rol en klanten goed te helpen.',
    },
  },
  {
    id: 'ld-3.5-check',
    source: '3.5',
    phase: 'evaluation',
    employee: {
      en: "Now and then my team leader checks with me whether I have what I need to serve customers well, and sorts out what's missing.",
      nl: 'Mijn leidinggevende gaat af en toe met me na of ik heb wat ik nodig heb om klanten goed te helpen, en regelt wat er ontbreekt.',
    },
    leader: {
      en: "Now and then I check with my team members whether they have what they need to serve customers well, and sort out what's missing.",
      nl: 'Ik ga af en toe met mijn teamleden na of ze hebben wat ze nodig hebben om klanten goed te helpen, en regel wat er ontbreekt.',
    },
  },
  {
    id: 'ld-3.6-customers',
    source: '3.6',
    phase: 'implementation',
    employee: {
      en: 'My team leader regularly talks with customers in person.',
      nl: 'Mijn leidinggevende spreekt zelf regelmatig met klanten.',
    },
    leader: {
      en: 'I regularly talk with customers in person.',
      nl: 'Ik spreek zelf regelmatig met klanten.',
    },
  },
  {
    id: 'ld-3.6-aware',
    source: '3.6',
    phase: 'implementation',
    employee: {
      en: "My team leader knows what's going on in our team and what's on our minds.",
      nl: 'Mijn leidinggevende weet wat er speelt in ons team en wat ons bezighoudt.',
    },
    leader: {
      en: "I know what's going on in my team and what's on people's minds.",
      nl: 'Ik weet wat er speelt in mijn team en wat mijn teamleden bezighoudt.',
    },
  },
  {
    id: 'ld-3.7-room',
    source: '3.7',
    phase: 'implementation',
    employee: {
      en: "I'm free to do what it takes to give a customer a great experience, without asking permission first.",
      nl: 'Ik mag doen wat nodig is om een klant echt blij te maken, zonder eerst toestemming te vragen.',
    },
    leader: {
      en: 'My team members are free to do what it takes for a customer, without asking me first.',
      nl: 'Mijn teamleden mogen doen wat nodig is voor een klant, zonder het eerst aan mij te vragen.',
    },
  },
  {
    id: 'ld-3.7-connection',
    source: '3.7',
    phase: 'implementation',
    employee: {
      en: 'I get the time to make a real personal connection with customers.',
      nl: 'Ik krijg de tijd om echt persoonlijk contact te maken met klanten.',
    },
    leader: {
      en: 'I give my team the time to make a real personal connection with customers.',
      nl: 'Ik geef mijn team de tijd om echt persoonlijk contact te maken met klanten.',
    },
  },
  {
    id: 'ld-3.8-experience',
    source: '3.8',
    phase: 'implementation',
    employee: {
      en: 'My team leader judges our work more by how customers experience it than by speed or volume.',
      nl: 'Mijn leidinggevende beoordeelt ons werk meer op hoe klanten het ervaren dan op snelheid of aantallen.',
    },
    leader: {
      en: "I judge my team's work more by how customers experience it than by speed or volume.",
      nl: 'Ik beoordeel het werk van mijn team meer op hoe klanten het ervaren dan op snelheid of aantallen.',
    },
  },
  {
    id: 'ld-3.8-values',
    source: '3.8',
    phase: 'implementation',
    employee: {
      en: 'Our values clearly play a part in the choices my team leader makes.',
      nl: 'Onze waarden spelen duidelijk een rol bij de keuzes die mijn leidinggevende maakt.',
    },
    leader: {
      en: 'Our values clearly play a part in the choices I make as a leader.',
      nl: 'Onze waarden spelen duidelijk een rol bij de keuzes die ik als leidinggevende maak.',
    },
  },
  {
    id: 'ld-3.9-enthuse',
    source: '3.9',
    phase: 'implementation',
    employee: {
      en: 'My team leader gets us excited about improving our service together.',
      nl: 'Mijn leidinggevende maakt ons enthousiast om samen onze service te verbeteren.',
    },
    leader: {
      en: 'I get my team excited about improving our service together.',
      nl: 'Ik weet mijn team enthousiast te maken om samen onze service te verbeteren.',
    },
  },
  {
    id: 'ld-3.10-both-ways',
    source: '3.10',
    phase: 'design',
    team: {
      en: 'Ideas for better service come from the team as well as from management, and both get acted on.',
      nl: 'Ideeën voor betere service komen zowel uit het team als van de leiding, en we pakken ze allebei serieus op.',
    },
  },
  {
    id: 'ld-3.10-ways-to-join',
    source: '3.10',
    phase: 'implementation',
    employee: {
      en: 'There are several ways for me to get involved in improving our service.',
      nl: 'Er zijn voor mij verschillende manieren om mee te doen aan het verbeteren van onze service.',
    },
    leader: {
      en: 'I offer my team several ways to get involved in improving our service.',
      nl: 'Ik bied mijn team verschillende manieren om mee te doen aan het verbeteren van onze service.',
    },
  },
  {
    id: 'ld-3.10-pays-off',
    source: '3.10',
    phase: 'evaluation',
    team: {
      en: 'Our leaders check with us whether the way we work on better service together is paying off, and adjust it where needed.',
      nl: 'Onze leidinggevenden gaan met ons na of de manier waarop we samen aan betere service werken iets oplevert, en sturen bij waar nodig.',
    },
  },
  {
    id: 'ld-3.11-inspiring',
    source: '3.11',
    phase: 'implementation',
    employee: {
      en: 'My team leader creates a workplace where I feel inspired.',
      nl: 'Mijn leidinggevende zorgt ervoor dat ik geïnspireerd raak in mijn werk.',
    },
    leader: {
      en: 'I create a workplace where my team feels inspired.',
      nl: 'Ik zorg ervoor dat mijn teamleden geïnspireerd raken in hun werk.',
    },
  },
]);
