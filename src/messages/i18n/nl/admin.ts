import type { AreaCatalog } from '../catalog.ts';
import type { admin as en } from '../en/admin.ts';

/** De woorden van de beheeropdrachten en van je eigen verlof en feestdagen (zie en/admin.ts). */
export const admin: AreaCatalog<typeof en> = {
  'admin.only':
    'Alleen een beheerder van Excellence Pulse kan dat. Vraag het een van jullie beheerders als er iets moet veranderen.',
  'admin.frequency.weekly': 'elke {weekday}',
  'admin.frequency.biweekly': 'om de week op {weekday}',
  'admin.frequency.fourweekly': 'om de vier weken op {weekday}',
  'admin.frequency.monthly': 'op de eerste {weekday} van de maand',
  'admin.schedule-changed':
    'Team “{team}” krijgt de puls nu {frequency} om {time} ({timeZone}). De volgende ronde begint op {date} om {nextTime}.',
  'admin.team-paused':
    'Team “{team}” staat op pauze: er begint geen nieuwe ronde tot je het hervat. Een ronde die nu loopt, loopt gewoon af.',
  'admin.team-resumed': 'Team “{team}” loopt weer. De volgende ronde begint op {date} om {time}.',
  'admin.team-removed':
    'Team “{team}” is verwijderd: het krijgt geen rondes meer. Cijfers die het al publiceerde, blijven in de geschiedenis van de organisatie; losse antwoorden worden na de bewaartermijn verwijderd, zoals bij elk team.',
  'admin.round-sent':
    'Er loopt nu een ronde voor “{team}”: {invited} mensen krijgen hun puls nu, of op hun eerstvolgende werkmoment. De ronde sluit op {date} om {time}.',
  'admin.round-closing': 'De ronde van “{team}” sluit nu; het rapport volgt binnen een minuut.',
  'admin.person-removed':
    '{person} is verwijderd, met alles wat we over die persoon bewaarden. Cijfers die al gepubliceerd zijn, blijven zoals ze zijn: ze zijn niet naar iemand te herleiden.',
  'admin.holidays-set':
    'De feestdagen van de organisatie zijn nu die van {region}: op die dagen krijgt niemand een puls of herinnering, behalve wie zelf andere feestdagen koos.',
  'admin.holidays-cleared': 'De organisatie heeft geen feestdagen meer ingesteld.',
  'admin.usage':
    'Meer opdrachten voor beheerders: {command}team schedule #kanaal [weekly|biweekly|fourweekly|monthly] [maandag…zondag] [UU:mm] [Werelddeel/Stad] · {command}team pause|resume|remove|send-now|close-now #kanaal · {command}person remove @persoon · {command}org-holidays NL (een land, of een regio zoals US-CA; “none” om te wissen)',
  'admin.usage.in-channel':
    'Meer opdrachten voor beheerders, aan {bot} in het kanaal van het team: team schedule [weekly|biweekly|fourweekly|monthly] [maandag…zondag] [UU:mm] [Werelddeel/Stad] · team pause · team resume · team remove · team send-now · team close-now · person remove @persoon · org-holidays NL (een land, of een regio zoals US-CA; “none” om te wissen)',
  'holidays.set': 'Genoteerd: geen puls of herinnering op de feestdagen van {region}.',
  'holidays.follow-organisation': 'Genoteerd: je hebt de feestdagen van de organisatie vrij.',
  'holidays.usage':
    'Vrij op feestdagen: {holidays} NL (een land, of een regio zoals US-CA; “organisation” om die van de organisatie te volgen). Verlof: {pause} until 2027-01-04 (de dag dat je terug bent).',
  'leave.set':
    'Geniet van je vrije tijd. Geen puls of herinnering vóór {date}; vanaf die dag gaan ze weer door.',
};
