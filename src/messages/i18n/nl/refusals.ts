import type { AreaCatalog } from '../catalog.ts';
import type { refusals as en } from '../en/refusals.ts';

/** Waarom een verzoek uit de chat of een pagina is geweigerd (zie en/refusals.ts). */
export const refusals: AreaCatalog<typeof en> = {
  'refusal.action.target-unknown': 'Er is geen element dat “{key}” heet.',
  'refusal.action.due-format': 'Schrijf de einddatum als JJJJ-MM-DD (nu: “{due}”).',
  'refusal.action.due-passed': 'De einddatum {due} is al voorbij; kies vandaag of een latere dag.',
  'refusal.action.team-missing': 'Zeg voor welk team de actie is.',
  'refusal.action.owner-not-member': 'De eigenaar moet lid van het team zijn.',
  'refusal.action.title-missing': 'Geef de actie een korte titel.',
  'refusal.leave.date-format': '“{date}” is geen datum zoals 2027-01-04.',
  'refusal.leave.date-range':
    'De dag waarop je terug bent moet na vandaag liggen en binnen een jaar; nu: {date}.',
  'refusal.holidays.region-unknown':
    'De feestdagenkalender kent “{code}” niet als land of regio. Gebruik een landcode van twee letters, zoals “NL” of “US”, of een land met regio, zoals “US-CA” of “DE-BY”.',
  'refusal.holidays.region-missing': 'Noem een land of regio, zoals NL of US-CA, of “none”.',
  'refusal.working-hours.order': 'De werkdag moet eindigen nadat hij begint (nu: {start}–{end}).',
  'refusal.schedule.word-unknown': '“{word}” is geen frequentie, weekdag, tijd of tijdzone.',
  'refusal.schedule.nothing':
    'Zeg wat er verandert: een frequentie, een weekdag, een tijd (14:00) of een tijdzone.',
  'refusal.schedule.frequency-unknown': 'Onbekende frequentie “{cadence}”; kies uit {cadences}.',
  'refusal.round.team-paused': 'Team “{team}” staat op pauze; hervat het voordat je een ronde verstuurt.',
  'refusal.round.already-open': 'Team “{team}” heeft al een open ronde; sluit die eerst.',
  'refusal.round.schedule-moved': 'Het schema van team “{team}” is net gewijzigd; probeer het opnieuw.',
  'refusal.round.none-open': 'Team “{team}” heeft geen open ronde om te sluiten.',
  'refusal.team.channel-taken': 'Kanaal {channel} is al het team “{team}”.',
  'refusal.team.channel-unknown': 'Geen team gebruikt kanaal {channel}; voeg het team eerst toe.',
} as const;
