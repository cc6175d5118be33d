import { nudgesFor } from './author.ts';

export const visionStrategyNudges = nudgesFor({ kind: 'element', key: 'vision-strategy' }, [
  {
    id: 'nudge.vs.difference-in-one-sentence',
    audience: 'team',
    minutes: 15,
    en: {
      title: 'Say what makes us different in one sentence',
      action:
        "In your next team meeting, everyone writes down in one sentence what we offer customers that others don't. Read them out, and in 15 minutes agree on one shared sentence. Pin it in the team channel.",
      why: 'If everyone tells a different story, customers get a different experience from each person. A shared sentence gives direction in everyday choices.',
    },
    nl: {
      title: 'Zeg in één zin wat ons anders maakt',
      action:
        'Laat in jullie volgende teamoverleg iedereen in één zin opschrijven wat wij klanten bieden dat anderen niet bieden. Lees ze voor en kom in 15 minuten tot één gezamenlijke zin. Zet die vast bovenaan in het teamkanaal.',
      why: 'Als iedereen een ander verhaal vertelt, beleven klanten bij iedereen iets anders. Eén gedeelde zin geeft richting bij alledaagse keuzes.',
    },
  },
  {
    id: 'nudge.vs.link-work-to-mission',
    audience: 'leader',
    minutes: 60,
    en: {
      title: "Link each person's work to the mission",
      action:
        'Team leader: in this week\'s one-to-ones, spend 10 minutes asking each person: "How does your work make a difference for our customers and our mission?" Where someone is unsure, work out one concrete example together.',
      why: 'People who see why their work matters make better choices on their own, without waiting for instructions.',
    },
    nl: {
      title: 'Verbind ieders werk met de missie',
      action:
        'Neem in de één-op-één-gesprekken van deze week 10 minuten om iedereen te vragen: "Wat maakt jouw werk uit voor onze klanten en onze missie?" Als iemand het niet goed weet, zoek dan samen één concreet voorbeeld.',
      why: 'Wie ziet waarom zijn werk ertoe doet, maakt zelf betere keuzes, zonder op instructies te wachten.',
    },
  },
  {
    id: 'nudge.vs.values-check',
    audience: 'team',
    minutes: 10,
    en: {
      title: 'Check a real decision against our values',
      action:
        'The next time your team makes a decision this week, take 10 minutes to ask: "Which of our values does this fit, and which does it strain?" Adjust the decision if it clearly clashes.',
      why: 'Values only guide behaviour when they are used in real choices, not when they hang on a wall.',
    },
    nl: {
      title: 'Leg een echte beslissing naast onze waarden',
      action:
        'Neem de volgende keer dat jullie deze week als team iets beslissen 10 minuten voor de vraag: "Bij welke van onze waarden past dit, en met welke schuurt het?" Pas de beslissing aan als die duidelijk botst.',
      why: 'Waarden sturen gedrag pas als je ze bij echte keuzes gebruikt, niet als ze aan de muur hangen.',
    },
  },
  {
    id: 'nudge.vs.goal-review',
    audience: 'team',
    minutes: 20,
    en: {
      title: 'Review one team goal',
      action:
        'In your next team meeting, pick one team goal and spend 20 minutes on three questions: Are we on track? What is getting in the way? What will we do differently? Write down one change and who takes it on.',
      why: 'Short, regular check-ins keep plans realistic and alive, instead of discovering at the end of the year that they stalled.',
    },
    nl: {
      title: 'Bespreek één teamdoel',
      action:
        'Kies in jullie volgende teamoverleg één teamdoel en besteed 20 minuten aan drie vragen: Liggen we op koers? Wat zit in de weg? Wat doen we anders? Schrijf één aanpassing op en wie die oppakt.',
      why: 'Wie regelmatig even de stand opmaakt, houdt plannen haalbaar en levend en ontdekt niet pas aan het eind van het jaar dat ze zijn vastgelopen.',
    },
  },
  {
    id: 'nudge.vs.customer-goal',
    audience: 'leader',
    minutes: 30,
    en: {
      title: 'Add a goal about the customer experience',
      action:
        'Team leader: look at your team\'s goals this week. If none is about how customers experience your service, draft one in 30 minutes (for example "customers rate their contact with us 8 or higher") and discuss it at the next team meeting.',
      why: 'What is in the goals gets attention. Goals that only count output push the customer to the margin.',
    },
    nl: {
      title: 'Voeg een doel toe over de klantbeleving',
      action:
        'Bekijk deze week de doelen van je team. Gaat geen enkel doel over hoe klanten jullie service beleven, schrijf er dan in 30 minuten één uit (bijvoorbeeld "klanten geven hun contact met ons een 8 of hoger") en bespreek het in het volgende teamoverleg.',
      why: 'Wat in de doelen staat, krijgt aandacht. Doelen die alleen productie tellen, drukken de klant naar de zijlijn.',
    },
  },
]);
