import { nudgesFor } from './author.ts';

export const leadershipNudges = nudgesFor({ kind: 'element', key: 'leadership' }, [
  {
    id: 'nudge.ld.front-line-hour',
    audience: 'leader',
    minutes: 60,
    en: {
      title: 'Spend an hour at the front line',
      action:
        "Team leader: this week, spend one hour working alongside a colleague who serves customers. Listen in and help out, but don't take over. Write down one thing that makes their work harder, and fix it or raise it within the week.",
      why: 'Seeing the work first-hand shows where help is really needed, and it shows the team you are on their side.',
    },
    nl: {
      title: 'Draai een uur mee in het klantcontact',
      action:
        'Werk deze week een uur mee met een collega die klanten helpt. Luister mee en help waar het kan, maar neem het niet over. Noteer één ding dat het werk lastiger maakt, en los het binnen een week op of kaart het aan.',
      why: 'Als je het werk zelf ziet, weet je waar hulp echt nodig is. En het team merkt dat je naast hen staat.',
    },
  },
  {
    id: 'nudge.ld.name-the-room',
    audience: 'leader',
    minutes: 15,
    en: {
      title: 'Say what people may decide themselves',
      action:
        'Team leader: in the next stand-up, take 15 minutes to name three things team members may decide for a customer without asking you first, such as a goodwill gesture up to a set amount or an exception to a standard rule.',
      why: 'People only use their room to act when they know for sure they have it. Saying it out loud takes away the doubt.',
    },
    nl: {
      title: 'Benoem wat mensen zelf mogen beslissen',
      action:
        'Benoem in de volgende stand-up in 15 minuten drie dingen die teamleden voor een klant mogen beslissen zonder het eerst aan jou te vragen, zoals een gebaar tot een vast bedrag of een uitzondering op een standaardregel.',
      why: 'Mensen gebruiken hun ruimte pas als ze zeker weten dat ze die hebben. Het hardop zeggen neemt de twijfel weg.',
    },
  },
  {
    id: 'nudge.ld.customer-first-agenda',
    audience: 'leader',
    minutes: 10,
    en: {
      title: 'Open with a customer, not with the numbers',
      action:
        'Team leader: open your next team meeting with 10 minutes on a recent customer story or piece of feedback, before any figures on speed, volume or cost come up.',
      why: 'What a leader talks about first tells the team what matters most. Starting with customers steers attention to their experience.',
    },
    nl: {
      title: 'Begin met een klant, niet met de cijfers',
      action:
        'Begin je volgende teamoverleg met 10 minuten over een recent klantverhaal of een stuk feedback, voordat er cijfers over snelheid, aantallen of kosten op tafel komen.',
      why: 'Waar een leidinggevende als eerste over begint, vertelt het team wat het belangrijkst is. Beginnen bij klanten richt de aandacht op hun beleving.',
    },
  },
  {
    id: 'nudge.ld.service-champion',
    audience: 'leader',
    minutes: 20,
    en: {
      title: 'Ask a colleague to lead one improvement',
      action:
        'Team leader: this week, ask one team member to lead a small improvement for customers that they care about. Spend 20 minutes agreeing what they need from you (time, budget, a door opened) and when you will look at the result together.',
      why: 'Champions from within the team spread enthusiasm further than a leader can alone, and they grow by doing it.',
    },
    nl: {
      title: 'Vraag een collega om een verbetering te trekken',
      action:
        'Vraag deze week één teamlid om een kleine verbetering voor klanten te trekken waar die zelf warm voor loopt. Spreek in 20 minuten af wat die van jou nodig heeft (tijd, budget, een deur die je opent) en wanneer jullie samen naar het resultaat kijken.',
      why: 'Trekkers uit het team zelf verspreiden enthousiasme verder dan een leidinggevende alleen kan, en ze groeien ervan.',
    },
  },
]);
