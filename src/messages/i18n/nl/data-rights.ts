import type { AreaCatalog } from '../catalog.ts';
import type { dataRights as en } from '../en/data-rights.ts';

/** De woorden over je rechten op je gegevens (zie en/data-rights.ts). */
export const dataRights: AreaCatalog<typeof en> = {
  'erase.title': 'Je gegevens wissen?',
  'erase.title.other': 'De gegevens van {name} wissen?',
  'erase.intro':
    'Dit kan niet ongedaan worden gemaakt. Daarna kent de bot je niet meer, tot je weer bij een team komt.',
  'erase.intro.other':
    'Doe dit alleen als {name} erom gevraagd heeft. Het kan niet ongedaan worden gemaakt, en daarna krijgt die persoon geen rondes meer tot die weer bij een team komt.',
  'erase.removes': 'Wat er verdwijnt',
  'erase.removes.profile': 'Het profiel: naam, taal, tijdzone, werktijden en rollen',
  'erase.removes.teams': 'Lidmaatschappen van teams ({count})',
  'erase.removes.rounds': 'In welke rondes je iets gevraagd is en of je hebt geantwoord ({count})',
  'erase.removes.ratings': 'Je eigen beoordelingen als leidinggevende ({count})',
  'erase.removes.conversation': 'Hoe de bot je bereikt, en de berichten die hij je hier stuurde',
  'erase.stays': 'Wat er blijft',
  'erase.stays.figures':
    'Cijfers die al aan leidinggevenden en HR zijn getoond: dat zijn totalen van minstens k mensen en die veranderen nooit.',
  'erase.stays.answers':
    'Antwoorden en opmerkingen: die zijn nooit met een naam opgeslagen, dus ze zijn voor niemand terug te vinden.',
  'erase.stays.audit': 'Het auditlog houdt bij dat er gewist is, zonder de naam.',
  'erase.confirm': 'Definitief wissen',
  'erase.confirm.other': '{name} wissen',
  'erase.done.other':
    'De gegevens van {name} zijn gewist. Cijfers die al gepubliceerd waren blijven zoals ze zijn.',
  'erase.not-asked':
    'Alleen jij kunt je eigen gegevens wissen; een beheerder kan iemands gegevens wissen als die daarom vraagt.',

  'my-data.title': 'Wat er over jou bewaard wordt',
  'my-data.profile': 'Profiel',
  'my-data.name': 'Naam',
  'my-data.language': 'Taal',
  'my-data.time-zone': 'Tijdzone',
  'my-data.working': 'Werkdagen en werktijden',
  'my-data.status': 'Pulsen',
  'my-data.roles': 'Rollen',
  'my-data.none': 'geen',
  'my-data.conversation': 'Manier om je te bereiken bewaard',
  'my-data.yes': 'ja',
  'my-data.no': 'nee',
  'my-data.teams': 'Teams',
  'my-data.rounds': 'Rondes waarin je iets gevraagd is',
  'my-data.answered': 'ingevuld',
  'my-data.not-answered': 'niet ingevuld',
  'my-data.ratings': 'Je eigen beoordelingen als leidinggevende',
  'my-data.actions': 'Acties',
  'my-data.actions.intro':
    'De teamacties waarvan jij eigenaar bent of die jij hebt aangemaakt. Ze blijven bij het team; als je je gegevens wist, staat je naam er niet meer bij.',
  'my-data.note':
    'Antwoorden en opmerkingen worden opgeslagen zonder enige link naar jou. Ze staan hier dus niet en zijn niet voor jou terug te vinden. Leidinggevenden en HR zien alleen totalen van minstens k mensen.',
  'my-data.download': 'Download als JSON',
  'my-data.erase': 'Mijn gegevens wissen…',
  'my-data.open': 'Mijn gegevens',
  'my-data.back': 'Terug naar de chat',
};
