import type { AreaCatalog } from '../catalog.ts';
import type { actions as en } from '../en/actions.ts';

/** Actieplannen (zie en/actions.ts). */
export const actions: AreaCatalog<typeof en> = {
  'actions.make': 'Maak hier een actie van',
  'actions.form.title': 'Nieuwe actie',
  'actions.form.name': 'Wat gaat het team doen?',
  'actions.form.owner': 'Eigenaar',
  'actions.form.due': 'Deadline',
  'actions.form.submit': 'Aanmaken',
  'actions.created': 'Actie ‘{title}’ voor {team}: {owner} is eigenaar, deadline {due}.',
  'actions.announced':
    'Een nieuwe actie voor het team: ‘{title}’ voor {target}. {owner} is eigenaar, deadline {due}.',
  'actions.checkin.title': 'Even checken: {title}',
  'actions.checkin.due': 'Je actie voor {team} moet vandaag ({due}) af zijn. Is het gelukt?',
  'actions.checkin.overdue': 'Je actie voor {team} moest op {due} af zijn. Hoe staat het ervoor?',
  'actions.checkin.done': 'Klaar',
  'actions.checkin.working': 'Ik ben er nog mee bezig',
  'actions.checkin.marked-done': 'Afgevinkt. Het dashboard vergelijkt {target} van voor en na.',
  'actions.checkin.still-working': 'Genoteerd. Over een week vraag ik het opnieuw.',
  'actions.section.team': 'Acties',
  'actions.section.org': 'Acties in de hele organisatie',
  'actions.section.intro':
    'Elke actie wordt vergeleken op de voortschrijdende score van haar element: zoals die was toen de actie werd gemaakt, en nu (venster van {weeks} weken). Het effect wordt {effectWeeks} weken na het maken van de actie beoordeeld.',
  'actions.section.empty':
    'Nog geen acties. Maak er een van een idee of een zwak element, op deze pagina of in de chat.',
  'actions.column.action': 'Actie',
  'actions.column.team': 'Team',
  'actions.column.target': 'Element',
  'actions.column.owner': 'Eigenaar',
  'actions.column.due': 'Deadline',
  'actions.column.status': 'Status',
  'actions.column.before': 'Voor',
  'actions.column.after': 'Na',
  'actions.column.effect': 'Effect',
  'actions.status.open': 'Open',
  'actions.status.overdue': 'Open, over tijd',
  'actions.status.done': 'Afgerond op {date}',
  'actions.owner.none': 'Geen eigenaar',
  'actions.figure.window': '{from} t/m {to}',
  'actions.effect.none': 'Niet gemeten: het element is niet gevraagd',
  'refusal.action.team-choose': 'Zeg voor welk team de actie is: {teams}.',
};
