import { TRAIT_KEYS, type TraitKey } from '../../keys.ts';
import type { Nudge } from '../../content-types.ts';
import { nudgesFor, type NudgeEntry } from './author.ts';

/** One action per leader trait, sent to the leader whose team sees that trait least. */
const entries: Record<TraitKey, NudgeEntry> = {
  'mission-people-first': {
    id: 'nudge.trait.mission-people-first',
    audience: 'leader',
    minutes: 60,
    en: {
      title: 'Ask what your team needs from you',
      action:
        'In this week\'s one-to-ones, start with 5 minutes on one question: "What do you need from me to do your work well for customers?" Write the answers down and act on at least one before the week is over.',
      why: "Putting your people's needs ahead of your own agenda is the clearest way to show them that the mission comes first.",
    },
    nl: {
      title: 'Vraag wat je team van jou nodig heeft',
      action:
        'Begin de één-op-één-gesprekken van deze week met 5 minuten over één vraag: "Wat heb je van mij nodig om je werk voor klanten goed te doen?" Schrijf de antwoorden op en doe nog deze week iets met minstens één ervan.',
      why: 'De behoeften van je mensen vóór je eigen agenda zetten, is de duidelijkste manier om te laten zien dat de missie voorop staat.',
    },
  },
  'customer-person': {
    id: 'nudge.trait.customer-person',
    audience: 'leader',
    minutes: 60,
    en: {
      title: 'Handle customer contacts yourself for an hour',
      action:
        'Block one hour this week to take customer calls, chats or visits yourself, with a team member next to you for support. Afterwards, share in 5 minutes what surprised you.',
      why: 'A leader who deals with customers personally knows what they need, and is believed when they talk about them.',
    },
    nl: {
      title: 'Help zelf een uur lang klanten',
      action:
        'Plan deze week een uur in om zelf klantgesprekken, chats of bezoeken te doen, met een teamlid naast je als steun. Vertel daarna in 5 minuten wat je verraste.',
      why: 'Een leidinggevende die zelf klanten helpt, weet wat ze nodig hebben en wordt geloofd als die over klanten praat.',
    },
  },
  'soul-in-the-game': {
    id: 'nudge.trait.soul-in-the-game',
    audience: 'leader',
    minutes: 10,
    en: {
      title: 'Tell your team why this work matters to you',
      action:
        'In the next team meeting, take 5 minutes to tell a personal story about a customer or a moment that shows why this work matters to you. Then ask one or two others for theirs.',
      why: 'People sense whether a leader truly cares. A personal story makes that care visible and invites others to show theirs.',
    },
    nl: {
      title: 'Vertel je team waarom dit werk je raakt',
      action:
        'Neem in het volgende teamoverleg 5 minuten om een persoonlijk verhaal te vertellen over een klant of moment dat laat zien waarom dit werk jou raakt. Vraag daarna één of twee anderen naar het hunne.',
      why: 'Mensen voelen of een leidinggevende er echt om geeft. Een persoonlijk verhaal maakt dat zichtbaar en nodigt anderen uit hetzelfde te doen.',
    },
  },
  exemplary: {
    id: 'nudge.trait.exemplary',
    audience: 'leader',
    minutes: 30,
    en: {
      title: 'Do visibly what you ask of others',
      action:
        'Pick one behaviour you often ask of the team, such as calling customers back the same day or writing plain-language emails. Do it yourself, visibly, every day this week.',
      why: 'Teams copy what their leader does far more than what their leader says.',
    },
    nl: {
      title: 'Doe zichtbaar wat je van anderen vraagt',
      action:
        'Kies één gedrag dat je vaak van het team vraagt, zoals klanten dezelfde dag terugbellen of mails in gewone taal schrijven. Doe het deze week zelf, elke dag en zichtbaar.',
      why: 'Teams doen veel meer na wat hun leidinggevende doet dan wat die zegt.',
    },
  },
  appreciative: {
    id: 'nudge.trait.appreciative',
    audience: 'leader',
    minutes: 15,
    en: {
      title: 'Give three specific thank-yous',
      action:
        'This week, thank three team members for something specific: say what they did and what it meant for a customer or a colleague. About 5 minutes each, in person if you can.',
      why: 'Specific appreciation tells people their effort is seen, which does more for motivation than general praise.',
    },
    nl: {
      title: 'Geef drie concrete bedankjes',
      action:
        "Bedank deze week drie teamleden voor iets concreets: zeg wat ze deden en wat het betekende voor een klant of collega. Zo'n 5 minuten per persoon, het liefst persoonlijk.",
      why: 'Concrete waardering laat mensen weten dat hun inzet gezien wordt, en dat doet meer voor motivatie dan algemene lof.',
    },
  },
  'co-creating': {
    id: 'nudge.trait.co-creating',
    audience: 'leader',
    minutes: 20,
    en: {
      title: 'Bring a problem, not a solution',
      action:
        'Bring one open problem to the next team meeting without your own answer. Spend 20 minutes letting the team come up with options, and choose one together.',
      why: 'Solutions people help create are better informed and get carried out with more energy.',
    },
    nl: {
      title: 'Kom met een probleem, niet met een oplossing',
      action:
        'Neem één open probleem mee naar het volgende teamoverleg, zonder je eigen antwoord. Laat het team in 20 minuten opties bedenken en kies er samen één.',
      why: 'Oplossingen die mensen zelf mee bedenken, zijn beter doordacht en worden met meer energie uitgevoerd.',
    },
  },
  'self-reflective': {
    id: 'nudge.trait.self-reflective',
    audience: 'leader',
    minutes: 20,
    en: {
      title: 'Ask for one piece of feedback',
      action:
        'Ask two team members this week: "What is one thing I could do differently to help you serve customers better?" Listen without explaining yourself, thank them, and tell them what you will try.',
      why: 'Asking for feedback and acting on it shows that growth applies to everyone, the leader included.',
    },
    nl: {
      title: 'Vraag om één stukje feedback',
      action:
        'Vraag deze week twee teamleden: "Wat kan ik anders doen zodat jij klanten beter kunt helpen?" Luister zonder jezelf uit te leggen, bedank ze en vertel wat je gaat proberen.',
      why: 'Feedback vragen en er iets mee doen laat zien dat groeien voor iedereen geldt, ook voor de leidinggevende.',
    },
  },
  friendly: {
    id: 'nudge.trait.friendly',
    audience: 'leader',
    minutes: 45,
    en: {
      title: 'Check in with no agenda',
      action:
        'This week, spend 5 minutes with each team member just to ask how they are doing, without any work topic. Go to them rather than asking them to come to you.',
      why: 'A leader who is easy to approach hears about problems early, while they are still small.',
    },
    nl: {
      title: 'Maak een praatje zonder agenda',
      action:
        'Neem deze week bij elk teamlid 5 minuten om gewoon te vragen hoe het gaat, zonder werkonderwerp. Loop zelf naar ze toe in plaats van ze bij je te roepen.',
      why: 'Een leidinggevende die makkelijk aan te spreken is, hoort problemen vroeg, als ze nog klein zijn.',
    },
  },
  'striving-for-excellence': {
    id: 'nudge.trait.striving-for-excellence',
    audience: 'leader',
    minutes: 15,
    en: {
      title: 'Raise the bar on one moment',
      action:
        'With the team, pick one customer moment that is "fine" but not great. In 15 minutes, agree what would make it excellent and what you will change first.',
      why: 'Customers remember the experiences that are better than fine. Excellence grows from raising the bar one moment at a time.',
    },
    nl: {
      title: 'Leg de lat hoger voor één moment',
      action:
        'Kies met het team één klantmoment dat "prima" is, maar niet geweldig. Spreek in 15 minuten af wat het uitstekend zou maken en wat je als eerste verandert.',
      why: 'Klanten onthouden vooral wat beter was dan prima. Excellentie groeit door de lat moment voor moment hoger te leggen.',
    },
  },
  'allergic-to-wrongs': {
    id: 'nudge.trait.allergic-to-wrongs',
    audience: 'leader',
    minutes: 20,
    en: {
      title: 'Act on something the team has learned to live with',
      action:
        'Ask the team in the next stand-up: "What isn\'t right for customers or colleagues that we\'ve come to accept?" Take 20 minutes, pick one thing, and act on it before the end of the week.',
      why: 'Problems that everyone has learned to live with quietly drain trust. Acting on one shows that it is worth speaking up.',
    },
    nl: {
      title: 'Pak iets aan waar het team aan gewend is geraakt',
      action:
        'Vraag het team in de volgende stand-up: "Wat is er niet in orde voor klanten of collega\'s, maar zijn we normaal gaan vinden?" Neem er 20 minuten voor, kies één ding en pak het nog deze week aan.',
      why: 'Problemen waar iedereen aan gewend is, vreten ongemerkt aan het vertrouwen. Als je er één aanpakt, zien mensen dat het zin heeft om iets te zeggen.',
    },
  },
  enabling: {
    id: 'nudge.trait.enabling',
    audience: 'leader',
    minutes: 30,
    en: {
      title: 'Remove one obstacle this week',
      action:
        'At the next stand-up, ask: "What is the biggest obstacle to your work this week?" Choose one that you can remove, commit to doing it within five working days, and report back to the team.',
      why: 'Clearing obstacles is the most direct way a leader creates the conditions for people to do excellent work.',
    },
    nl: {
      title: 'Ruim deze week één obstakel op',
      action:
        'Vraag in de volgende stand-up: "Wat is deze week het grootste obstakel in je werk?" Kies er één die jij kunt wegnemen, beloof dat binnen vijf werkdagen te doen en laat het team weten hoe het ging.',
      why: 'Obstakels opruimen is de meest directe manier waarop een leidinggevende zorgt dat mensen uitstekend werk kunnen leveren.',
    },
  },
};

export const traitNudges: Nudge[] = TRAIT_KEYS.flatMap((key) =>
  nudgesFor({ kind: 'trait', key }, [entries[key]]),
);
