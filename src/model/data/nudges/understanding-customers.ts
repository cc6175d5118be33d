import { nudgesFor } from './author.ts';

export const understandingCustomersNudges = nudgesFor({ kind: 'element', key: 'understanding-customers' }, [
  {
    id: 'nudge.uc.customer-words',
    audience: 'team',
    minutes: 15,
    en: {
      title: 'Share what customers said this week',
      action:
        "In your next team meeting, go round the table: everyone shares one thing a customer told them this week, such as a wish, an annoyance or a compliment, in the customer's own words. Take 15 minutes and jot the recurring themes on one sheet.",
      why: "Hearing customers' actual words together makes their needs concrete and shows patterns that nobody spots alone.",
    },
    nl: {
      title: 'Deel wat klanten deze week zeiden',
      action:
        "Doe in jullie volgende teamoverleg een rondje: iedereen vertelt één ding dat een klant deze week zei, zoals een wens, een ergernis of een compliment, zo letterlijk mogelijk. Trek er 15 minuten voor uit en schrijf de terugkerende thema's op één vel.",
      why: 'Als je samen hoort wat klanten letterlijk zeggen, worden hun behoeften concreet en zie je patronen die je in je eentje niet opmerkt.',
    },
  },
  {
    id: 'nudge.uc.one-more-question',
    audience: 'team',
    minutes: 20,
    en: {
      title: 'Ask one extra question',
      action:
        'This week, everyone who talks to customers ends at least three conversations with: "What could we have done to make this even better for you?" Note the answers, and on Friday spend 20 minutes reading them together.',
      why: "Customers rarely volunteer needs they haven't thought about yet. A direct, open question brings unspoken wishes to the surface.",
    },
    nl: {
      title: 'Stel één extra vraag',
      action:
        'Iedereen die deze week klanten spreekt, sluit minstens drie gesprekken af met: "Wat hadden we kunnen doen om het voor u nog beter te maken?" Schrijf de antwoorden op en lees ze vrijdag in 20 minuten samen door.',
      why: 'Klanten noemen zelden uit zichzelf wat ze nog niet bedacht hebben. Een directe, open vraag brengt onuitgesproken wensen boven.',
    },
  },
  {
    id: 'nudge.uc.feedback-in-one-place',
    audience: 'team',
    minutes: 30,
    en: {
      title: 'Put all feedback in one place',
      action:
        'Agree in 5 minutes on one shared spot (a channel, a board or a sheet). For one week, log every complaint, tip and compliment the team receives there with a one-line summary. At the end of the week, spend 25 minutes sorting it into "going well" and "needs work".',
      why: 'Feedback scattered over inboxes and memories gets lost. Seen side by side, it shows what is strong and what keeps going wrong.',
    },
    nl: {
      title: 'Zet alle feedback op één plek',
      action:
        'Spreek in 5 minuten één gedeelde plek af (een kanaal, een bord of een lijst). Zet daar een week lang elke klacht, tip en elk compliment dat het team krijgt, met een samenvatting van één regel. Verdeel het aan het eind van de week in 25 minuten in "gaat goed" en "kan beter".',
      why: 'Feedback die verspreid zit over mailboxen en geheugens raakt zoek. Naast elkaar gelegd zie je wat sterk is en wat steeds misgaat.',
    },
  },
  {
    id: 'nudge.uc.call-three-customers',
    audience: 'leader',
    minutes: 60,
    en: {
      title: 'Call three recent customers',
      action:
        'Team leader: this week, call three customers your team recently helped (about 15 minutes each). Ask how the contact felt to them, not only whether it was solved, and what would have made it great. Share what you heard in the next stand-up.',
      why: 'Asking about feelings rather than outcomes shows what turns a satisfied customer into an enthusiastic one, and shows the team that listening starts at the top.',
    },
    nl: {
      title: 'Bel drie klanten van de afgelopen tijd',
      action:
        "Bel deze week drie klanten die je team onlangs heeft geholpen (zo'n 15 minuten per gesprek). Vraag hoe ze het contact hebben beleefd, niet alleen of het is opgelost, en wat het geweldig had gemaakt. Deel wat je hoorde in de volgende stand-up.",
      why: 'Vragen naar beleving in plaats van uitkomst laat zien wat van een tevreden klant een enthousiaste klant maakt. En je team ziet dat luisteren bij jou begint.',
    },
  },
  {
    id: 'nudge.uc.customer-notes',
    audience: 'team',
    minutes: 20,
    en: {
      title: 'Agree how to note what a customer prefers',
      action:
        "In your next stand-up, take 20 minutes to agree where and how you note a customer's preferences and earlier contacts, so the next colleague doesn't have to ask again. Try it for one week and check how it went.",
      why: "Customers feel recognised when they don't have to repeat themselves, and colleagues can pick up where someone else left off.",
    },
    nl: {
      title: 'Spreek af hoe jullie klantvoorkeuren noteren',
      action:
        'Spreek in jullie volgende stand-up in 20 minuten af waar en hoe jullie de voorkeuren en eerdere contacten van een klant vastleggen, zodat de volgende collega het niet opnieuw hoeft te vragen. Probeer het een week en kijk daarna hoe het ging.',
      why: "Klanten voelen zich herkend als ze niet alles opnieuw hoeven uit te leggen, en collega's kunnen verdergaan waar een ander stopte.",
    },
  },
]);
