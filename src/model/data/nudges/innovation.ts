import { nudgesFor } from './author.ts';

export const innovationNudges = nudgesFor({ kind: 'element', key: 'innovation' }, [
  {
    id: 'nudge.in.one-week-experiment',
    audience: 'team',
    minutes: 30,
    en: {
      title: 'Run a one-week experiment',
      action:
        'In the next stand-up, pick one small idea to improve the customer experience and try it for one week with a few customers. Spend 30 minutes beforehand agreeing what you will try and how you will know whether it worked.',
      why: 'Small, quick tests teach you more than long debates, and a failed test costs little.',
    },
    nl: {
      title: 'Doe een experiment van een week',
      action:
        'Kies in de volgende stand-up één klein idee om de klantbeleving te verbeteren en probeer het een week uit met een paar klanten. Spreek vooraf in 30 minuten af wat jullie proberen en waaraan jullie zien of het gewerkt heeft.',
      why: 'Kleine, snelle proeven leren je meer dan lange discussies, en een mislukte proef kost weinig.',
    },
  },
  {
    id: 'nudge.in.mistake-and-lesson',
    audience: 'team',
    minutes: 10,
    en: {
      title: 'Share a mistake and what you learned',
      action:
        'In the next stand-up, the team leader goes first: share a mistake from the past few weeks and what you learned from it. Then invite one other person to do the same. Keep it to 10 minutes.',
      why: 'When a leader talks openly about their own mistakes, it becomes safe for everyone to learn from theirs.',
    },
    nl: {
      title: 'Een fout en wat we ervan leerden',
      action:
        'De leidinggevende begint in de volgende stand-up met een fout van de afgelopen weken en wat die ervan leerde. Daarna vertelt nog iemand een eigen voorbeeld. Houd het op 10 minuten.',
      why: 'Als een leidinggevende open is over eigen fouten, wordt het voor iedereen veilig om van eigen fouten te leren.',
    },
  },
  {
    id: 'nudge.in.borrow-an-idea',
    audience: 'team',
    minutes: 20,
    en: {
      title: 'Borrow a good idea from elsewhere',
      action:
        'This week, everyone looks for one good idea from another team or company, such as a shop, an app or a competitor. At the next meeting each person gets 2 minutes to share theirs, and the team picks one to try.',
      why: 'Many of the best improvements already exist somewhere else. Looking outside breaks habits that nobody questions anymore.',
    },
    nl: {
      title: 'Leen een goed idee van elders',
      action:
        'Laat deze week iedereen één goed idee zoeken bij een ander team of bedrijf, zoals een winkel, een app of een concurrent. In het volgende overleg krijgt ieder 2 minuten om het te delen, en het team kiest er één om uit te proberen.',
      why: 'Veel van de beste verbeteringen bestaan al ergens anders. Buiten kijken doorbreekt gewoontes die niemand meer ter discussie stelt.',
    },
  },
  {
    id: 'nudge.in.time-for-an-idea',
    audience: 'leader',
    minutes: 30,
    en: {
      title: "Free up time for someone's idea",
      action:
        'Team leader: give one team member (or a pair) two hours this week to work out an improvement idea they raised earlier. Spend 30 minutes planning it with them, and hear what they found at the end of the week.',
      why: 'Ideas die when there is never time for them. Protected time shows that improving the work is part of the work.',
    },
    nl: {
      title: 'Maak tijd vrij voor iemands idee',
      action:
        'Geef één teamlid (of een duo) deze week twee uur om een verbeteridee uit te werken dat die eerder opperde. Plan het in 30 minuten samen, en hoor aan het eind van de week wat het heeft opgeleverd.',
      why: 'Ideeën sterven als er nooit tijd voor is. Vrijgemaakte tijd laat zien dat het werk verbeteren bij het werk hoort.',
    },
  },
  {
    id: 'nudge.in.behind-the-scenes',
    audience: 'team',
    minutes: 20,
    en: {
      title: 'Improve something customers never see',
      action:
        'In the next team meeting, take 20 minutes to list the internal tasks that cost the most time or cause the most rework. Pick one, agree a small change, and try it for a week.',
      why: 'Time saved behind the scenes is time you can give back to customers, and fewer internal errors mean fewer problems for them.',
    },
    nl: {
      title: 'Verbeter iets wat klanten nooit zien',
      action:
        'Zet in het volgende teamoverleg in 20 minuten de interne taken op een rij die de meeste tijd kosten of het vaakst overgedaan moeten worden. Kies er één uit, spreek een kleine verandering af en probeer die een week.',
      why: 'Tijd die je achter de schermen wint, kun je teruggeven aan klanten, en minder interne fouten betekenen minder problemen voor hen.',
    },
  },
]);
