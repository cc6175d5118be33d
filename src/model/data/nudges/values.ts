import { VALUE_KEYS, type ValueKey } from '../../keys.ts';
import type { Nudge } from '../../content-types.ts';
import { nudgesFor, type NudgeEntry } from './author.ts';

/** One team action per culture value, for when a value is lived much less than people want. */
const entries: Record<ValueKey, NudgeEntry> = {
  'customer-obsessed': {
    id: 'nudge.value.customer-obsessed',
    audience: 'team',
    minutes: 10,
    en: {
      title: 'Start every meeting with a customer',
      action:
        'For one week, open every team meeting with a 2-minute customer story: what a customer needed, felt or said. Take turns telling it.',
      why: 'Starting with a real customer puts them at the centre of every conversation that follows.',
    },
    nl: {
      title: 'Begin elk overleg met een klant',
      action:
        'Open een week lang elk teamoverleg met een klantverhaal van 2 minuten: wat een klant nodig had, voelde of zei. Vertel het om de beurt.',
      why: 'Als je begint bij een echte klant, staat die centraal in elk gesprek dat volgt.',
    },
  },
  'integrity-openness': {
    id: 'nudge.value.integrity-openness',
    audience: 'team',
    minutes: 15,
    en: {
      title: 'Rewrite one message to be honest and clear',
      action:
        'In the next stand-up, take 15 minutes to rewrite one standard message customers get about a delay or a mistake, so it says plainly what happened, that we are sorry, and what we will do.',
      why: 'Customers forgive mistakes far more easily than vagueness. Honest, plain words build trust.',
    },
    nl: {
      title: 'Herschrijf één bericht eerlijk en helder',
      action:
        'Herschrijf in de volgende stand-up in 15 minuten één standaardbericht dat klanten krijgen over een vertraging of fout, zodat er duidelijk in staat wat er gebeurde, dat het ons spijt en wat we gaan doen.',
      why: 'Klanten vergeven een fout veel makkelijker dan vaagheid. Eerlijke, gewone woorden bouwen vertrouwen op.',
    },
  },
  attentive: {
    id: 'nudge.value.attentive',
    audience: 'team',
    minutes: 15,
    en: {
      title: 'Answer a question before it is asked',
      action:
        'This week, everyone looks for one moment to anticipate what a customer will need next, for example by sending information before they ask for it. Share the examples in 15 minutes at the end of the week.',
      why: 'Customers feel truly seen when you are one step ahead of them.',
    },
    nl: {
      title: 'Beantwoord een vraag voordat die gesteld wordt',
      action:
        'Laat deze week iedereen één moment zoeken om vooruit te lopen op wat een klant straks nodig heeft, bijvoorbeeld door informatie te sturen voordat die erom vraagt. Deel de voorbeelden aan het eind van de week in 15 minuten.',
      why: 'Klanten voelen zich echt gezien als je een stap op ze vooruit bent.',
    },
  },
  surprising: {
    id: 'nudge.value.surprising',
    audience: 'team',
    minutes: 30,
    en: {
      title: 'Surprise one customer each',
      action:
        'In 10 minutes, agree what small gestures the team may use (a personal note, a small extra, a follow-up call). Then everyone surprises one customer this week, and you share the reactions in 20 minutes next week.',
      why: 'A small, personal surprise turns a satisfied customer into an enthusiastic one far more often than a perfect standard process.',
    },
    nl: {
      title: 'Verras ieder één klant',
      action:
        'Spreek in 10 minuten af welke kleine gebaren het team mag gebruiken (een persoonlijk briefje, een kleine extra, een belletje achteraf). Daarna verrast iedereen deze week één klant, en volgende week delen jullie in 20 minuten de reacties.',
      why: 'Een kleine, persoonlijke verrassing maakt van een tevreden klant veel vaker een enthousiaste klant dan een perfect standaardproces.',
    },
  },
  'hyper-personal': {
    id: 'nudge.value.hyper-personal',
    audience: 'team',
    minutes: 10,
    en: {
      title: 'Get to know a colleague a bit better',
      action:
        "In the next stand-up, pair up for 10 minutes. Each person shares something colleagues don't know about them yet, like a hobby or what gives them energy at work.",
      why: 'People who know each other as people help each other sooner and give more honest feedback.',
    },
    nl: {
      title: 'Leer een collega wat beter kennen',
      action:
        "Ga in de volgende stand-up 10 minuten in tweetallen uiteen. Ieder vertelt iets wat collega's nog niet van hem of haar weten, zoals een hobby of waar die energie van krijgt in het werk.",
      why: 'Mensen die elkaar als mens kennen, helpen elkaar sneller en geven eerlijker feedback.',
    },
  },
  open: {
    id: 'nudge.value.open',
    audience: 'team',
    minutes: 15,
    en: {
      title: 'Talk about what usually goes unsaid',
      action:
        'In the next team meeting, spend 15 minutes on the question "What do we tend to avoid talking about?" The team leader answers first and thanks everyone who speaks up.',
      why: 'Openness grows when people see that saying something difficult is welcomed rather than punished.',
    },
    nl: {
      title: 'Bespreek wat meestal onuitgesproken blijft',
      action:
        'Besteed in het volgende teamoverleg 15 minuten aan de vraag "Waar praten we liever niet over?" De leidinggevende antwoordt als eerste en bedankt iedereen die iets zegt.',
      why: 'Openheid groeit als mensen merken dat iets lastigs zeggen gewaardeerd wordt in plaats van afgestraft.',
    },
  },
  caring: {
    id: 'nudge.value.caring',
    audience: 'team',
    minutes: 10,
    en: {
      title: 'Check in on each other',
      action:
        'At the start of the next stand-up, everyone says in one word how they are doing. If someone is having a tough week, agree on the spot who checks in with them later that day. 10 minutes.',
      why: 'Noticing early that a colleague is struggling lets the team help before it becomes too much.',
    },
    nl: {
      title: 'Let op elkaar',
      action:
        'Laat aan het begin van de volgende stand-up iedereen in één woord zeggen hoe het gaat. Heeft iemand een zware week, spreek dan meteen af wie later die dag even bij die persoon langsgaat. 10 minuten.',
      why: 'Als je vroeg merkt dat een collega het zwaar heeft, kan het team helpen voordat het te veel wordt.',
    },
  },
  appreciative: {
    id: 'nudge.value.appreciative',
    audience: 'team',
    minutes: 10,
    en: {
      title: 'End with a round of appreciation',
      action:
        'End your next team meeting with a 10-minute round in which everyone appreciates one colleague for something specific they did in the past weeks.',
      why: 'Regular, specific appreciation makes good work visible and gives people energy to keep it up.',
    },
    nl: {
      title: 'Sluit af met een waarderingsrondje',
      action:
        'Sluit jullie volgende teamoverleg af met een rondje van 10 minuten waarin iedereen één collega waardeert voor iets concreets van de afgelopen weken.',
      why: 'Regelmatige, concrete waardering maakt goed werk zichtbaar en geeft mensen energie om het vol te houden.',
    },
  },
  listening: {
    id: 'nudge.value.listening',
    audience: 'team',
    minutes: 10,
    en: {
      title: 'Listen first, then summarise',
      action:
        'This week, in every customer conversation, let the customer finish completely and summarise what you heard before you offer a solution. Share in a 10-minute stand-up what changed.',
      why: 'Summarising shows customers they were heard, and often reveals that the real question was a different one.',
    },
    nl: {
      title: 'Eerst luisteren, dan samenvatten',
      action:
        'Spreek af dat iedereen deze week in elk klantgesprek de klant helemaal laat uitpraten en samenvat wat die hoorde, voordat die een oplossing biedt. Deel in een stand-up van 10 minuten wat er anders ging.',
      why: 'Samenvatten laat klanten merken dat ze gehoord zijn, en vaak blijkt de echte vraag een andere te zijn.',
    },
  },
  'co-creating': {
    id: 'nudge.value.co-creating',
    audience: 'team',
    minutes: 45,
    en: {
      title: 'Invite a customer to think along',
      action:
        'Invite one customer to a 30-minute conversation with two or three team members, by video or in person, about one thing you want to improve. Take 15 minutes afterwards to agree on what you will do with it.',
      why: 'Improvements designed with customers fit what they actually need, not what we assume they need.',
    },
    nl: {
      title: 'Nodig een klant uit om mee te denken',
      action:
        'Nodig één klant uit voor een gesprek van 30 minuten met twee of drie teamleden, via video of op locatie, over één ding dat jullie willen verbeteren. Spreek daarna in 15 minuten af wat jullie ermee doen.',
      why: 'Verbeteringen die je samen met klanten bedenkt, passen bij wat ze echt nodig hebben, niet bij wat wij denken dat ze nodig hebben.',
    },
  },
  'out-of-the-box': {
    id: 'nudge.value.out-of-the-box',
    audience: 'team',
    minutes: 15,
    en: {
      title: 'Hold a wild-ideas round',
      action:
        'In the next team meeting, pick one thing that annoys customers. Everyone gives their wildest idea to solve it, no criticism allowed. Then spend the rest of the 15 minutes finding the workable core in the best ones.',
      why: 'Wild ideas loosen fixed thinking, and often contain a practical solution nobody would have thought of directly.',
    },
    nl: {
      title: 'Doe een rondje gekke ideeën',
      action:
        'Kies in het volgende teamoverleg één ding waar klanten zich aan ergeren. Iedereen geeft zijn gekste idee om het op te lossen, zonder kritiek. Zoek in de rest van de 15 minuten de haalbare kern in de beste ideeën.',
      why: 'Gekke ideeën maken vastgeroest denken los, en bevatten vaak een praktische oplossing waar niemand direct op was gekomen.',
    },
  },
  'continuously-improving': {
    id: 'nudge.value.continuously-improving',
    audience: 'team',
    minutes: 15,
    en: {
      title: 'One small improvement a week',
      action:
        "In Friday's stand-up, everyone names one small thing that could work better. In 15 minutes, pick one, agree who does it, and check next Friday whether it helped.",
      why: 'Small improvements every week add up to a big difference, and keep improving a habit rather than a project.',
    },
    nl: {
      title: 'Eén kleine verbetering per week',
      action:
        'Laat in de stand-up op vrijdag iedereen één klein ding noemen dat beter kan. Kies er in 15 minuten één uit, spreek af wie het doet en kijk de vrijdag erna of het hielp.',
      why: 'Elke week één kleine verbetering levert na verloop van tijd een groot verschil op, en maakt verbeteren een gewoonte in plaats van een project.',
    },
  },
  'value-driven': {
    id: 'nudge.value.value-driven',
    audience: 'team',
    minutes: 10,
    en: {
      title: 'Tell a story about a value in practice',
      action:
        'In the next stand-up, one person tells about a moment when one of our values helped them decide what to do, especially when a shortcut was tempting. Discuss it for 10 minutes.',
      why: 'Stories about real choices show how values work in practice, much better than a list of words.',
    },
    nl: {
      title: 'Vertel een verhaal over een waarde in de praktijk',
      action:
        'Laat in de volgende stand-up één persoon vertellen over een moment waarop een van onze waarden hielp bij een keuze, zeker als een kortere weg verleidelijk was. Bespreek het 10 minuten.',
      why: 'Verhalen over echte keuzes laten veel beter zien hoe waarden in de praktijk werken dan een rijtje woorden.',
    },
  },
  'little-hierarchy': {
    id: 'nudge.value.little-hierarchy',
    audience: 'team',
    minutes: 30,
    en: {
      title: 'Let someone else chair the meeting',
      action:
        'Let a different team member chair the next team meeting, including setting the agenda. The team leader speaks last on every topic.',
      why: 'When the leader speaks last, others share their views more freely, and the best idea wins instead of the highest rank.',
    },
    nl: {
      title: 'Laat iemand anders het overleg leiden',
      action:
        'Laat een ander teamlid het volgende teamoverleg voorzitten, inclusief het opstellen van de agenda. De leidinggevende spreekt bij elk onderwerp als laatste.',
      why: 'Als de leidinggevende als laatste spreekt, delen anderen vrijer hun mening en wint het beste idee in plaats van de hoogste functie.',
    },
  },
  'small-is-better': {
    id: 'nudge.value.small-is-better',
    audience: 'team',
    minutes: 15,
    en: {
      title: 'Shorten one line of approval',
      action:
        'Find one decision that now needs several approvals before a customer gets an answer. In 15 minutes, agree who in the team may take it directly from now on, and have the team leader confirm it.',
      why: 'Every extra step between a question and a decision makes customers wait. Short lines keep service quick and personal.',
    },
    nl: {
      title: 'Maak één lijn korter',
      action:
        'Zoek één beslissing waarvoor nu meerdere handtekeningen nodig zijn voordat een klant antwoord krijgt. Spreek in 15 minuten af wie in het team die voortaan direct mag nemen, en laat de leidinggevende dat bevestigen.',
      why: 'Elke extra stap tussen vraag en beslissing laat klanten wachten. Korte lijnen houden de service snel en persoonlijk.',
    },
  },
  'freedom-responsibility': {
    id: 'nudge.value.freedom-responsibility',
    audience: 'team',
    minutes: 15,
    en: {
      title: 'Let each person own one result',
      action:
        'In the next stand-up, everyone picks one customer-related result to fully own this week, and says how and when they will report back. 15 minutes.',
      why: 'Freedom works best with clear ownership: people who own a result make their own choices and stand by them.',
    },
    nl: {
      title: 'Laat ieder eigenaar zijn van één resultaat',
      action:
        'Laat in de volgende stand-up iedereen één klantresultaat kiezen waar die deze week volledig eigenaar van is, en zeggen hoe en wanneer die erop terugkomt. 15 minuten.',
      why: 'Vrijheid werkt het best met duidelijk eigenaarschap: wie eigenaar is van een resultaat, maakt eigen keuzes en staat ervoor.',
    },
  },
};

export const valueNudges: Nudge[] = VALUE_KEYS.flatMap((key) =>
  nudgesFor({ kind: 'value', key }, [entries[key]]),
);
