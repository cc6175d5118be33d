import { nudgesFor } from './author.ts';

export const monitoringNudges = nudgesFor({ kind: 'element', key: 'monitoring' }, [
  {
    id: 'nudge.mo.feedback-review',
    audience: 'team',
    minutes: 15,
    en: {
      title: "Review last week's customer feedback",
      action:
        'Start your next stand-up with 15 minutes on the latest customer feedback, scores or comments. Name one thing to celebrate and one thing to improve, and agree who picks up the improvement.',
      why: 'Feedback only helps when the team looks at it together and acts on it, not when it sits in a report.',
    },
    nl: {
      title: 'Bespreek de klantfeedback van vorige week',
      action:
        'Begin jullie volgende stand-up met 15 minuten over de laatste klantfeedback, scores of opmerkingen. Noem één ding om te vieren en één ding om te verbeteren, en spreek af wie de verbetering oppakt.',
      why: 'Feedback helpt pas als het team er samen naar kijkt en ermee aan de slag gaat, niet als het in een rapport blijft liggen.',
    },
  },
  {
    id: 'nudge.mo.close-the-loop',
    audience: 'team',
    minutes: 20,
    en: {
      title: 'Call back a customer who was unhappy',
      action:
        'This week, one team member calls a customer who gave low or critical feedback. Listen without defending, thank them, and tell them what you will change. It takes about 20 minutes, including a short note for the team.',
      why: 'Closing the loop turns a disappointed customer into someone who feels heard, and gives the team the full story behind a low score.',
    },
    nl: {
      title: 'Bel een ontevreden klant terug',
      action:
        "Laat deze week één teamlid een klant bellen die lage of kritische feedback gaf. Die luistert zonder zich te verdedigen, bedankt de klant en vertelt wat jullie gaan veranderen. Het kost zo'n 20 minuten, inclusief een korte terugkoppeling aan het team.",
      why: 'Als je de cirkel rond maakt, wordt een teleurgestelde klant iemand die zich gehoord voelt. En het team hoort het hele verhaal achter een lage score.',
    },
  },
  {
    id: 'nudge.mo.one-experience-measure',
    audience: 'team',
    minutes: 20,
    en: {
      title: 'Choose one measure of customer experience',
      action:
        'In the next team meeting, spend 20 minutes choosing one measure of how customers experience your service (not speed or volume), such as a short rating after each contact. Agree how and when you will look at it every week.',
      why: "What a team measures is what it pays attention to. A measure of experience keeps the customer's view on the table.",
    },
    nl: {
      title: 'Kies één maat voor klantbeleving',
      action:
        'Kies in het volgende teamoverleg in 20 minuten één maat voor hoe klanten jullie service beleven (geen snelheid of aantallen), zoals een kort cijfer na elk contact. Spreek af hoe en wanneer jullie er elke week naar kijken.',
      why: 'Waar een team op meet, daar let het op. Een maat voor beleving zorgt dat de klant in beeld blijft.',
    },
  },
  {
    id: 'nudge.mo.celebrate-a-compliment',
    audience: 'leader',
    minutes: 10,
    en: {
      title: 'Celebrate a customer compliment',
      action:
        'Team leader: this week, share one customer compliment in the team channel and name who made it happen and what exactly they did. It takes 10 minutes.',
      why: "Celebrating what works is as much a part of steering as fixing what doesn't, and it shows what you want to see more of.",
    },
    nl: {
      title: 'Vier een compliment van een klant',
      action:
        'Deel deze week één klantcompliment in het teamkanaal en noem wie het mogelijk maakte en wat die precies deed. Het kost 10 minuten.',
      why: 'Vieren wat goed gaat hoort net zo bij sturen als repareren wat misgaat, en het laat zien waar je meer van wilt.',
    },
  },
  {
    id: 'nudge.mo.discuss-pulse-results',
    audience: 'leader',
    minutes: 30,
    en: {
      title: 'Discuss the pulse results with your team',
      action:
        "Team leader: share your team's latest pulse results and spend 30 minutes with the team on two questions: what surprises us, and what one step do we take in the next two weeks?",
      why: 'Measuring only makes a difference when the results lead to action that the team chose itself.',
    },
    nl: {
      title: 'Bespreek de pulsresultaten met je team',
      action:
        'Deel de laatste pulsresultaten van je team en besteed 30 minuten met het team aan twee vragen: wat verrast ons, en welke ene stap zetten we de komende twee weken?',
      why: 'Meten maakt pas verschil als de uitkomsten leiden tot actie die het team zelf heeft gekozen.',
    },
  },
]);
