import { nudgesFor } from './author.ts';

export const employeeEngagementNudges = nudgesFor({ kind: 'element', key: 'employee-engagement' }, [
  {
    id: 'nudge.ee.pass-on-praise',
    audience: 'leader',
    minutes: 30,
    en: {
      title: 'Pass on customer praise personally',
      action:
        'Team leader: this week, forward every compliment or comment a customer gives about a team member straight to that person, with a short note of your own about why it matters. It takes a few minutes a day.',
      why: 'Hearing back from the customer you helped is one of the strongest sources of both motivation and learning.',
    },
    nl: {
      title: 'Geef klantcomplimenten persoonlijk door',
      action:
        'Stuur deze week elk compliment of elke opmerking van een klant over een teamlid direct door naar die persoon, met een kort eigen berichtje over waarom het ertoe doet. Het kost je een paar minuten per dag.',
      why: 'Horen wat de klant die je hielp ervan vond, is een van de sterkste bronnen van motivatie én van leren.',
    },
  },
  {
    id: 'nudge.ee.newcomer-customer-hour',
    audience: 'team',
    minutes: 30,
    en: {
      title: 'Introduce newcomers to our customers',
      action:
        'For your next new colleague, plan a 30-minute session in their first week where an experienced colleague explains what customers expect from the team and tells one story of great service.',
      why: 'New people copy what they see in their first weeks. Starting with customers sets the tone for everything after.',
    },
    nl: {
      title: "Laat nieuwe collega's onze klanten leren kennen",
      action:
        'Plan voor jullie volgende nieuwe collega in de eerste week een sessie van 30 minuten waarin een ervaren collega vertelt wat klanten van het team verwachten, en één verhaal deelt over geweldige service.',
      why: 'Nieuwe mensen doen na wat ze in hun eerste weken zien. Beginnen bij klanten zet de toon voor alles wat volgt.',
    },
  },
  {
    id: 'nudge.ee.extra-mile-story',
    audience: 'team',
    minutes: 10,
    en: {
      title: 'Share an extra-mile moment',
      action:
        'In the next stand-up, one person tells how they used their freedom to do something extra for a customer. Spend 10 minutes as a team on what made it possible and what stops others from doing the same.',
      why: 'Seeing a colleague use their room encourages everyone else to use theirs, and brings hidden obstacles into view.',
    },
    nl: {
      title: 'Vertel over een keer dat iemand een stapje extra zette',
      action:
        "Laat in de volgende stand-up één persoon vertellen hoe die de eigen ruimte gebruikte om iets extra's voor een klant te doen. Bespreek daarna 10 minuten met het team wat dat mogelijk maakte en wat anderen tegenhoudt om hetzelfde te doen.",
      why: 'Als je ziet dat een collega zijn ruimte benut, durft iedereen dat eerder. En verborgen drempels komen boven.',
    },
  },
  {
    id: 'nudge.ee.specific-thanks',
    audience: 'team',
    minutes: 5,
    en: {
      title: 'Give one specific thank-you',
      action:
        'Today, every team member thanks one colleague for something specific they did for a customer or for the team, in person or in the team channel. It takes five minutes.',
      why: 'Specific thanks show that someone really noticed, and make it more likely the behaviour happens again.',
    },
    nl: {
      title: 'Geef één concreet bedankje',
      action:
        'Laat vandaag elk teamlid één collega bedanken voor iets concreets dat die voor een klant of voor het team deed, persoonlijk of in het teamkanaal. Het kost vijf minuten.',
      why: 'Een concreet bedankje laat zien dat iemand het echt heeft gezien, en maakt het waarschijnlijker dat het gedrag terugkomt.',
    },
  },
  {
    id: 'nudge.ee.what-gets-in-the-way',
    audience: 'leader',
    minutes: 20,
    en: {
      title: 'Ask what gets in the way, then report back',
      action:
        'Team leader: in the next team meeting, ask "What is one thing that stops you from serving customers the way you would like?" Take 20 minutes, pick one answer, and tell the team within a week what you have done about it.',
      why: 'Asking for feedback only builds trust when people see what happens with it.',
    },
    nl: {
      title: 'Vraag wat in de weg zit, en kom erop terug',
      action:
        'Vraag in het volgende teamoverleg: "Wat houdt je tegen om klanten te helpen zoals je zou willen?" Neem er 20 minuten voor, kies één antwoord en vertel het team binnen een week wat je ermee hebt gedaan.',
      why: 'Feedback vragen bouwt pas vertrouwen op als mensen zien wat ermee gebeurt.',
    },
  },
]);
