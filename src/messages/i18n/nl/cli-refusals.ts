import type { AreaCatalog } from '../catalog.ts';
import type { cliRefusals as en } from '../en/cli-refusals.ts';

/** Wat de opdrachtregel weigert: argumenten en configuratie (zie en/cli-refusals.ts). */
export const cliRefusals: AreaCatalog<typeof en> = {
  'refusal.config.invalid': 'Ongeldige configuratie:',
  'refusal.config.wrong-value': '{variable}: kreeg {got}, verwacht {expected}',
  'refusal.config.got-nothing': 'niets',
  'refusal.config.got-hidden': 'een waarde (verborgen)',
  'refusal.config.valid-value': 'een geldige waarde',
  'refusal.config.needed-for': 'een waarde (nodig voor {what})',
  'refusal.config.no-platform':
    'Er kan geen chatplatform draaien: er is er geen ingesteld en er is geen proefomgeving.',
  'refusal.config.port-in-use':
    'Kan niet luisteren op {address} (HOST, PORT): poort {port} is al in gebruik.',
  'refusal.config.cannot-listen': 'Kan niet luisteren op {address} (HOST, PORT): {reason}',
  'refusal.cli.command-unknown': 'Onbekende opdracht “{command}”.\n\n{usage}',
  'refusal.cli.language-unknown': '--language kent en of nl; kreeg “{language}”.',
  'refusal.cli.option-unknown': 'Onbekende optie {option}.\n\n{usage}',
  'refusal.cli.option-value-missing': 'De optie {option} heeft een waarde nodig.\n\n{usage}',
  'refusal.cli.option-takes-no-value': 'De optie {option} neemt geen waarde.\n\n{usage}',
  'refusal.cli.argument-unknown': 'Dit begrijp ik niet: “{argument}”.\n\n{usage}',
  'refusal.cli.needs-option': '{command} heeft {option} nodig.\n\n{usage}',
  'refusal.cli.needs-options': '{command} heeft {first} en {second} nodig.\n\n{usage}',
  'refusal.cli.team-role-needs':
    'team role heeft --user nodig en een van --hr, --admin, --leader-of.\n\n{usage}',
  'refusal.cli.weekday-range': '--weekday moet 1 (maandag) tot en met 7 (zondag) zijn; kreeg “{weekday}”.',
  'refusal.cli.time-format': '--time verwacht een tijd in 24-uursnotatie zoals 09:30; kreeg “{time}”.',
  'refusal.cli.time-zone-unknown':
    '--tz verwacht een IANA-tijdzone zoals Europe/Amsterdam of America/New_York; kreeg “{zone}”.',
  'refusal.cli.simulate-sizes': '--people moet minstens --teams zijn, en --teams minstens 1.\n\n{usage}',
  'refusal.cli.person-unknown': 'In die organisatie is niemand bekend met gebruikers-id {user}.',
  'refusal.cli.erase-confirm':
    'Het wissen van {user} kan niet ongedaan worden gemaakt: voeg --yes toe om door te gaan.',
  'refusal.cli.remove-person-confirm':
    'Het verwijderen van {user} kan niet ongedaan worden gemaakt: voeg --yes toe om door te gaan.',
  'refusal.cli.remove-team-confirm':
    'Het verwijderen van het team van {channel} kan niet ongedaan worden gemaakt: voeg --yes toe om door te gaan.',
  'refusal.cli.no-workspace':
    'Er is nog geen werkruimte van een chatplatform gekoppeld. Start de bot één keer met de gegevens van je platform (of installeer de app) en probeer het dan opnieuw.',
  'refusal.cli.several-organisations':
    'Er zijn meerdere organisaties gekoppeld ({organisations}); kies er een met --platform en --workspace.',
  'refusal.cli.backup-usage':
    'Gebruik: excellence-pulse backup <bestand> (een nieuw bestand om de kopie in te schrijven)',
  'refusal.cli.backup-postgresql':
    'DATABASE_URL wijst naar PostgreSQL: maak daarvan een back-up met pg_dump (zie “Backups” in de README).',
  'refusal.cli.backup-no-database': 'Er is geen database op {path} om een back-up van te maken.',
  'refusal.cli.backup-target-exists': '{path} bestaat al; kies een nieuw bestand.',
  'refusal.cli.demo-not-only-demo':
    'Deze database bevat {organisations}, niet alleen de lokale demo, dus hij is niet leeggemaakt. Laat DATABASE_URL naar de eigen database van de demo wijzen om de demo opnieuw te beginnen.',
  'refusal.team.no-schedule': 'Team “{team}” heeft geen schema.',
} as const;
