import { nudgesFor } from './author.ts';

export const cultureNudges = nudgesFor({ kind: 'element', key: 'culture' }, [
  {
    id: 'nudge.cu.values-spotted',
    audience: 'team',
    minutes: 10,
    en: {
      title: 'Spot our values in action',
      action:
        'In your next stand-up, everyone names one moment this week when a colleague showed one of our values, and says what they did. Keep it to 10 minutes.',
      why: 'Concrete examples make values visible and show everyone what "good" looks like in daily work.',
    },
    nl: {
      title: 'Onze waarden in de praktijk',
      action:
        'Laat in jullie volgende stand-up iedereen één moment van deze week noemen waarop een collega een van onze waarden liet zien, en vertellen wat die deed. Houd het op 10 minuten.',
      why: 'Concrete voorbeelden maken waarden zichtbaar en laten iedereen zien hoe "goed" eruitziet in het dagelijkse werk.',
    },
  },
  {
    id: 'nudge.cu.five-words',
    audience: 'team',
    minutes: 30,
    en: {
      title: 'Describe our culture in five words',
      action:
        'In your next team meeting, everyone writes five words that describe what it is really like to work here. Put them together, group similar words, and spend 30 minutes discussing which ones you want more of and which less.',
      why: "An honest, shared picture of today's culture is the starting point for changing it. Without it, everyone pulls in a different direction.",
    },
    nl: {
      title: 'Beschrijf onze cultuur in vijf woorden',
      action:
        'Laat in jullie volgende teamoverleg iedereen vijf woorden opschrijven die beschrijven hoe het echt is om hier te werken. Leg ze bij elkaar, groepeer wat op elkaar lijkt en bespreek in 30 minuten waar jullie meer van willen en waar minder van.',
      why: 'Een eerlijk, gedeeld beeld van de cultuur van nu is het vertrekpunt om die te veranderen. Zonder dat trekt iedereen een andere kant op.',
    },
  },
  {
    id: 'nudge.cu.protect-a-strength',
    audience: 'team',
    minutes: 15,
    en: {
      title: 'Protect a habit you are proud of',
      action:
        'In the next stand-up, ask which team habit makes people proud, such as how you welcome newcomers or help each other at busy moments. In 15 minutes, agree what you will do to keep it going when things get hectic.',
      why: 'The strong sides of a culture wear away quietly unless someone looks after them, especially under pressure.',
    },
    nl: {
      title: 'Bescherm een gewoonte waar jullie trots op zijn',
      action:
        "Vraag in de volgende stand-up op welke teamgewoonte mensen trots zijn, zoals hoe jullie nieuwe collega's ontvangen of elkaar helpen als het druk is. Spreek in 15 minuten af wat jullie doen om die overeind te houden als het hectisch wordt.",
      why: 'De sterke kanten van een cultuur slijten ongemerkt als niemand erop let, zeker onder druk.',
    },
  },
  {
    id: 'nudge.cu.close-the-gap',
    audience: 'leader',
    minutes: 20,
    en: {
      title: 'Talk about what the team wants more of',
      action:
        'Team leader: look up the culture value your team most wants more of in the latest report. In the next team meeting, spend 20 minutes asking: what one behaviour would give it more room? Agree who starts with it this week.',
      why: 'Where people themselves want more of something, change already has energy behind it.',
    },
    nl: {
      title: 'Bespreek waar het team meer van wil',
      action:
        'Zoek in het laatste rapport de cultuurwaarde op waar je team het meest meer van wil. Vraag in het volgende teamoverleg in 20 minuten: welk gedrag geeft die waarde meer ruimte? Spreek af wie er deze week mee begint.',
      why: 'Waar mensen zelf meer van willen, zit al energie om te veranderen.',
    },
  },
]);
