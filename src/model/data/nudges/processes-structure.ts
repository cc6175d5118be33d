import { nudgesFor } from './author.ts';

export const processesStructureNudges = nudgesFor({ kind: 'element', key: 'processes-structure' }, [
  {
    id: 'nudge.ps.fix-a-handover',
    audience: 'team',
    minutes: 30,
    en: {
      title: 'Fix one handover',
      action:
        'Pick one moment where a customer is passed on to another team. Sit down for 30 minutes with someone from that team, list what information gets lost or what makes the customer wait, and agree on one fix to try this week.',
      why: 'Handovers are where customers most often have to repeat their story or wait without knowing why.',
    },
    nl: {
      title: 'Verbeter één overdracht',
      action:
        'Kies één moment waarop een klant wordt doorgegeven aan een ander team. Ga 30 minuten zitten met iemand van dat team, zet op een rij welke informatie verloren gaat of waardoor de klant moet wachten, en spreek één verbetering af om deze week te proberen.',
      why: 'Bij overdrachten moeten klanten het vaakst hun verhaal opnieuw doen of wachten zonder te weten waarom.',
    },
  },
  {
    id: 'nudge.ps.question-a-rule',
    audience: 'team',
    minutes: 20,
    en: {
      title: 'Question one rule',
      action:
        'In the next team meeting, everyone names one internal rule or procedure that gets in the way of helping customers well. In 20 minutes, pick one and write a proposal to change or drop it, then agree who takes it to the person who can decide.',
      why: 'Procedures pile up over time, and rigid rules stop people from finding the best solution for the customer in front of them.',
    },
    nl: {
      title: 'Stel één regel ter discussie',
      action:
        'Laat in het volgende teamoverleg iedereen één interne regel of procedure noemen die het goed helpen van klanten in de weg zit. Kies er in 20 minuten één uit, schrijf een voorstel om hem aan te passen of te schrappen, en spreek af wie dat voorlegt aan degene die erover beslist.',
      why: 'Procedures stapelen zich op, en starre regels houden mensen tegen om de beste oplossing te vinden voor de klant die voor hen staat.',
    },
  },
  {
    id: 'nudge.ps.ask-the-next-team',
    audience: 'team',
    minutes: 15,
    en: {
      title: 'Ask the next team what they need',
      action:
        'This week, one team member asks the team that picks up your work next: "What could we do to make your work easier?" It takes 15 minutes. Share the answer at the stand-up and choose one thing to change.',
      why: 'Treating the next link in the chain as your customer prevents the errors and delays that customers feel at the end of it.',
    },
    nl: {
      title: 'Vraag het volgende team wat het nodig heeft',
      action:
        'Laat deze week één teamlid aan het team dat na jullie met het werk verdergaat vragen: "Wat kunnen wij doen om jullie werk makkelijker te maken?" Dat kost 15 minuten. Deel het antwoord in de stand-up en kies één ding om te veranderen.',
      why: 'Als je de volgende schakel als je klant behandelt, voorkom je fouten en vertraging die klanten aan het eind van de keten merken.',
    },
  },
  {
    id: 'nudge.ps.be-your-own-customer',
    audience: 'team',
    minutes: 40,
    en: {
      title: 'Be your own customer',
      action:
        'This week, two team members each contact your organisation the way a customer would, through a channel customers use (phone, chat, website or email), and note how easy and personal it felt. Share the findings in 20 minutes at the next team meeting.',
      why: 'Experiencing your own channels as a customer shows whether people can really reach you the way they prefer, and how it feels when they do.',
    },
    nl: {
      title: 'Probeer jullie eigen service als klant',
      action:
        'Laat deze week twee teamleden elk contact opnemen met jullie organisatie zoals een klant dat doet, via een kanaal dat klanten gebruiken (telefoon, chat, website of mail), en noteren hoe makkelijk en persoonlijk het voelde. Deel de bevindingen in 20 minuten in het volgende teamoverleg.',
      why: 'Als je je eigen kanalen als klant ervaart, zie je of mensen je echt kunnen bereiken zoals zij willen, en hoe dat voelt.',
    },
  },
  {
    id: 'nudge.ps.partner-check-in',
    audience: 'leader',
    minutes: 30,
    en: {
      title: 'Check in with a partner',
      action:
        'Team leader: call one partner who serves your customers and spend 30 minutes comparing what customers say about them and about you. Agree on one thing you will both do the same way from now on.',
      why: "Customers don't see where your organisation ends and a partner begins. They judge the whole experience.",
    },
    nl: {
      title: 'Stem af met een partner',
      action:
        'Bel één partner die jullie klanten helpt en vergelijk in 30 minuten wat klanten over hen en over jullie zeggen. Spreek één ding af dat jullie vanaf nu allebei op dezelfde manier doen.',
      why: 'Klanten zien niet waar jullie organisatie ophoudt en een partner begint. Ze beoordelen de beleving als geheel.',
    },
  },
]);
