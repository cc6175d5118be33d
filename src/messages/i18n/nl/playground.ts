import type { AreaCatalog } from '../catalog.ts';
import type { playground as en } from '../en/playground.ts';

/** De eigen woorden van de lokale proefomgeving (zie en/playground.ts). */
export const playground: AreaCatalog<typeof en> = {
  'app.name': 'Excellence Pulse',
  'playground.mode': 'Lokale proefomgeving',
  'playground.skip-to-messages': 'Naar de berichten',
  'playground.view-as': 'Bekijk als',
  'playground.switch-person': 'Wissel',
  'playground.role.employee': 'medewerker',
  'playground.role.leader': 'leidinggevende',
  'playground.role.hr': 'HR',
  'playground.role.admin': 'beheerder',
  'playground.conversations': 'Gesprekken',
  'playground.direct-messages': 'Directe berichten',
  'playground.team-channels': 'Teamkanalen',
  'playground.no-messages': 'Nog geen berichten. Gebruik de demoklok om de volgende puls te versturen.',
  'playground.no-people': 'Er zijn nog geen mensen. Zet eerst de demo-organisatie klaar.',
  'playground.unread': 'nieuw',
  'playground.working': 'Bezig…',
  'playground.dismiss': 'Sluiten',
  'playground.something-wrong': 'Er ging iets mis. Probeer het opnieuw.',
  'playground.reach.button': 'druk bovenaan de pagina op “{label}”',
  'playground.reach.elsewhere':
    'vraag de bot in een chat-app om “{name}”; deze proefomgeving heeft er geen knop voor',

  'playground.error.unknown-person': 'Kies eerst iemand bij “Bekijk als”.',
  'playground.error.not-yours': 'Dat gesprek is van iemand anders.',
  'playground.error.message-gone': 'Dat bericht is er niet meer. Laad de pagina opnieuw.',
  'playground.error.not-actionable': 'Dat bericht heeft zo’n knop niet.',
  'playground.error.invalid-action':
    'De pagina stuurde een verzoek dat de proefomgeving niet begrijpt. Laad de pagina opnieuw.',
  'playground.error.no-clock': 'De demoklok werkt alleen in de lokale modus.',
  'playground.error.no-clock-step': 'De demoklok heeft geen stap “{step}”.',
  'playground.error.too-large': 'Het verzoek is groter dan {kb} KB; er is niets gelezen.',
  'playground.error.json-only': 'Stuur het verzoek als JSON (Content-Type: application/json).',

  'clock.title': 'Demoklok',
  'clock.now': 'Demotijd',
  'clock.next-send': 'Volgende verzending',
  'clock.close-round': 'Ronde sluiten',
  'clock.advance-week': 'Week vooruit',
  'clock.no-team-hint':
    'Je zit in geen team, dus er komt geen puls naar jou. “Ronde sluiten” sluit de ronde die het eerst afloopt.',
  'clock.outcome.pulse-arrived': 'Er is een puls binnengekomen in je directe berichten.',
  'clock.outcome.not-in-a-team':
    'Je zit in geen team, dus er komt geen puls naar jou. Bekijk als een teamlid om er een te krijgen.',
  'clock.outcome.nothing-due': 'Er staat de komende weken geen puls voor je gepland.',
  'clock.outcome.round-closed':
    'De ronde van {team} is gesloten; de leidinggevende krijgt het rapport, het kanaal een nudge.',
  'clock.outcome.round-closed.first':
    'Je zit in geen team, dus de ronde die het eerst afliep is gesloten: {team}.',
  'clock.outcome.no-open-round':
    'Je team heeft geen open ronde. Druk op “Volgende verzending” om er een te starten.',
  'clock.outcome.no-open-round.anywhere':
    'Geen team heeft een open ronde. Druk als teamlid op “Volgende verzending” om er een te starten.',
  'clock.outcome.week-advanced': 'De klok is een week vooruit gezet.',

  'dashboard.title': 'Dashboard',
  'dashboard.open': 'Open het dashboard',
  'dashboard.your-teams': 'Je teams',
  'dashboard.organisation': 'Organisatie',
  'dashboard.download-csv': 'Download deze cijfers (CSV)',
  'dashboard.no-reports': 'Er zijn geen teamrapporten voor jou. Dit is je eigen deelname.',
  'dashboard.forbidden': 'Geen toegang',
  'dashboard.not-found': 'Niet gevonden',
  'dashboard.failed': 'Er ging iets mis',
  'dashboard.back': 'Terug naar het dashboard',
  'dashboard.playground': 'Proefchat',
  'dashboard.choose-viewer': 'Kies eerst in de proefchat wie je bent.',
  'dashboard.signed-in-as': 'Je ziet dit als',
};
