import { nudgesFor } from './author.ts';

export const experienceDesignNudges = nudgesFor({ kind: 'element', key: 'experience-design' }, [
  {
    id: 'nudge.ed.walk-the-journey',
    audience: 'team',
    minutes: 45,
    en: {
      title: 'Walk the journey as a customer',
      action:
        'Set aside 45 minutes this week for the team to go through one customer journey step by step, exactly as a customer would: the website, the phone menu, the forms, the letters. Note every spot where it feels cold, slow or confusing.',
      why: 'Going through it yourself reveals the small details that shape how customers feel, and that you no longer notice from the inside.',
    },
    nl: {
      title: 'Loop de klantreis als klant',
      action:
        'Trek deze week 45 minuten uit om met het team één klantreis stap voor stap te doorlopen, precies zoals een klant dat doet: de website, het keuzemenu aan de telefoon, de formulieren, de brieven. Noteer elke plek waar het kil, traag of verwarrend voelt.',
      why: 'Als je het zelf doorloopt, zie je de kleine details die bepalen hoe klanten zich voelen, en die je van binnenuit niet meer opvallen.',
    },
  },
  {
    id: 'nudge.ed.three-guidelines',
    audience: 'team',
    minutes: 30,
    en: {
      title: 'Agree three service guidelines',
      action:
        'For your main customer journey, agree in 30 minutes on three guidelines everyone follows, such as "we always call back on the day we promised". Keep them short, and post them where the whole team sees them every day.',
      why: 'A few clear guidelines give customers a consistent experience without turning colleagues into script readers.',
    },
    nl: {
      title: 'Spreek drie serviceafspraken af',
      action:
        'Spreek voor jullie belangrijkste klantreis in 30 minuten drie afspraken af waar iedereen zich aan houdt, zoals "we bellen altijd terug op de dag die we beloofd hebben". Houd ze kort en hang ze op waar het hele team ze elke dag ziet.',
      why: "Een paar heldere afspraken geven klanten een consistente beleving, zonder dat collega's een script moeten opdreunen.",
    },
  },
  {
    id: 'nudge.ed.replay-a-complaint',
    audience: 'team',
    minutes: 20,
    en: {
      title: 'Replay a recent complaint',
      action:
        'In your next stand-up, take one recent complaint and spend 20 minutes on one question: how could we have handled this so the customer ended up happier than before it went wrong? Agree what anyone may offer next time.',
      why: 'A complaint handled exceptionally well often builds more loyalty than if nothing had gone wrong at all.',
    },
    nl: {
      title: 'Loop een recente klacht nog eens na',
      action:
        'Neem in jullie volgende stand-up één recente klacht en besteed 20 minuten aan één vraag: hoe hadden we dit zo kunnen oppakken dat de klant er blijer uitkwam dan voordat het misging? Spreek af wat iedereen de volgende keer mag aanbieden.',
      why: 'Een klacht die uitzonderlijk goed wordt opgelost, levert vaak meer loyaliteit op dan wanneer er niets was misgegaan.',
    },
  },
  {
    id: 'nudge.ed.small-wow',
    audience: 'team',
    minutes: 15,
    en: {
      title: 'Design one small wow moment',
      action:
        'Pick one moment in the customer journey and spend 15 minutes coming up with a small personal touch the team can add this week, like a handwritten note or a follow-up call a few days later. Try it, and share the reactions next week.',
      why: 'Delight comes from small, personal, unexpected gestures far more than from big programmes.',
    },
    nl: {
      title: 'Bedenk één klein wow-moment',
      action:
        'Kies één moment in de klantreis en bedenk in 15 minuten een klein persoonlijk gebaar die het team deze week kan toevoegen, zoals een handgeschreven kaartje of een belletje een paar dagen later. Probeer het uit en deel volgende week de reacties.',
      why: "Enthousiasme ontstaat veel vaker door kleine, persoonlijke, onverwachte gebaren dan door grote programma's.",
    },
  },
  {
    id: 'nudge.ed.ideal-in-three-sentences',
    audience: 'team',
    minutes: 20,
    en: {
      title: 'Describe the ideal experience',
      action:
        'In your next team meeting, everyone writes in three sentences what a customer should feel and say after dealing with your team. Compare the answers for 20 minutes and combine them into one description the whole team recognises.',
      why: 'When the ideal experience is clear to everyone, each person can make choices that lead towards it.',
    },
    nl: {
      title: 'Beschrijf de ideale klantbeleving',
      action:
        'Laat in jullie volgende teamoverleg iedereen in drie zinnen opschrijven wat een klant zou moeten voelen en zeggen na contact met jullie team. Vergelijk de antwoorden in 20 minuten en maak er één beschrijving van die het hele team herkent.',
      why: 'Als de ideale beleving voor iedereen helder is, kan ieder zelf keuzes maken die daar naartoe leiden.',
    },
  },
]);
