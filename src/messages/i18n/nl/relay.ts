import type { AreaCatalog } from '../catalog.ts';
import type { relay as en } from '../en/relay.ts';

/** Anonieme gesprekken over een opmerking (zie en/relay.ts). */
export const relay: AreaCatalog<typeof en> = {
  'relay.allow': 'Reacties toestaan',
  'relay.allow.hint':
    'Je leidinggevende kan op deze opmerking reageren zodra die getoond is; de bot stuurt reacties door in een privébericht, zonder iemand te vertellen wie je bent. De weg terug naar jou wordt {days} dagen nadat de opmerking getoond is gewist.',
  'relay.reply': 'Reageren',
  'relay.reply.title': 'Reageren op een opmerking',
  'relay.reply.label': 'Je reactie',
  'relay.reply.hint':
    'De bot stuurt je reactie door naar wie deze opmerking schreef. Je hoort niet wie dat is, en ook niet of de reactie gelezen is.',
  'relay.answer': 'Antwoorden',
  'relay.answer.title': 'Je leidinggevende antwoorden',
  'relay.answer.label': 'Je antwoord',
  'relay.answer.hint': 'Je antwoord gaat zonder je naam naar je leidinggevende.',
  'relay.send': 'Versturen',
  'relay.toWriter.title': 'Je leidinggevende reageerde op je opmerking',
  'relay.toWriter.comment': 'Je opmerking: ‘{comment}’',
  'relay.toWriter.note':
    'Je leidinggevende weet niet wie de opmerking schreef. Je kunt tot {date} antwoorden; je antwoord wordt zonder je naam doorgestuurd.',
  'relay.toLeader.title': 'Een antwoord op je reactie',
  'relay.toLeader.comment': 'Over de opmerking: ‘{comment}’',
  'relay.toLeader.note':
    'De bot zegt niet wie hem schreef. Je kunt tot {date} reageren met de knop Reageren onder de opmerking in je rapport.',
  'relay.sent': 'Je reactie is doorgestuurd. Je hoort niet wie hem kreeg, en ook niet of hij gelezen is.',
  'relay.answered': 'Je antwoord is zonder je naam doorgestuurd naar je leidinggevende.',
  'relay.expired':
    'Dit gesprek is afgelopen: de weg terug naar de schrijver wordt {days} dagen nadat een opmerking getoond is gewist. Er is niets verstuurd.',
  'relay.unavailable':
    'Op deze opmerking kun je niet reageren: de schrijver stond geen reacties toe. Er is niets verstuurd.',
  'relay.tooMany':
    'In dit gesprek stuurde je vandaag al {limit} berichten. Er is niets verstuurd; probeer het morgen opnieuw.',
  'relay.notLeader':
    'Alleen een leidinggevende van dit team kan op de opmerkingen reageren. Er is niets verstuurd.',
  'relay.notYours': 'Dit gesprek is niet aan jou om te beantwoorden. Er is niets verstuurd.',
  'relay.empty': 'Het bericht was leeg, dus er is niets verstuurd.',
  'relay.tooLong':
    'Een bericht mag hoogstens {max} tekens hebben; het jouwe heeft er {length}. Er is niets verstuurd.',
} as const;
