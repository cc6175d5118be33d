import type { AreaCatalog } from '../catalog.ts';
import type { cli as en } from '../en/cli.ts';

/** Wat de opdrachtregel zegt als een opdracht is gelukt (zie en/cli.ts). */
export const cli: AreaCatalog<typeof en> = {
  'cli.migrate.applied': 'Toegepast: {migrations}',
  'cli.migrate.up-to-date': 'Het databaseschema is al bijgewerkt.',
  'cli.backup.done': 'Back-up van {source} gemaakt in {target} ({pages} pagina’s).',
  'cli.team.added':
    'Team “{team}” toegevoegd voor kanaal {channel}. De leden worden bij de volgende tik gesynchroniseerd.',
  'cli.team.role-updated': '{user} bijgewerkt.',
  'cli.team.list.people.one': '{n} persoon',
  'cli.team.list.people.other': '{n} mensen',
  'cli.team.list.schedule': '{cadence} dag {weekday} {time} {zone}',
  'cli.team.list.no-schedule': 'geen schema',
  'cli.team.list.removed': 'verwijderd',
  'cli.team.list.paused': 'gepauzeerd',
  'cli.team.scheduled': 'Team “{team}”: {cadence}, weekdag {weekday}, {time} {zone}. Volgende ronde: {next}.',
  'cli.team.paused': 'Team “{team}” gepauzeerd: geen nieuwe rondes tot het wordt hervat.',
  'cli.team.resumed': 'Team “{team}” hervat. Volgende ronde: {next}.',
  'cli.team.resumed-unscheduled': 'Team “{team}” hervat. Volgende ronde: nog niet gepland.',
  'cli.team.removed': 'Team “{team}” verwijderd. Gepubliceerde cijfers blijven staan.',
  'cli.team.removed-round-closed':
    'Team “{team}” verwijderd; de open ronde sluit nu. Gepubliceerde cijfers blijven staan.',
  'cli.team.sent-now':
    'Ronde geopend voor “{team}”: {invited} mensen uitgenodigd; de ronde sluit {closes}. De draaiende bot verstuurt de kaarten.',
  'cli.team.closed-now': 'De ronde van “{team}” sluit nu; de draaiende bot sluit hem binnen een minuut.',
  'cli.person.erased':
    '{user} gewist: {ledgerRows} regels over deelname, {ownRatings} eigen beoordelingen, {playgroundMessages} berichten in de proefomgeving; {auditEntries} regels in het auditlogboek noemen deze persoon niet meer.',
  'cli.holidays.organisation': 'De feestdagen van de organisatie zijn die van {region}.',
  'cli.holidays.organisation-none': 'Er zijn geen feestdagen ingesteld.',
  'cli.holidays.person': '{user} is vrij op de feestdagen van {region}.',
  'cli.holidays.person-organisation': '{user} is vrij op de feestdagen van de organisatie.',
} as const;
