import type { AreaCatalog } from '../catalog.ts';
import type { dashboardForms as en } from '../en/dashboard-forms.ts';

/** De eigen formulieren van het dashboard (zie en/dashboard-forms.ts). */
export const dashboardForms: AreaCatalog<typeof en> = {
  'dashboard-actions.weakest': 'Zwakste elementen nu',
  'dashboard-actions.weakest.intro':
    'De laagste voortschrijdende scores van dit team. Maak er een actie van, met een eigenaar en een deadline.',
  'dashboard-actions.make-for': 'Maak een actie voor {target}',
  'dashboard-actions.new': 'Nieuwe actie',
  'dashboard-actions.element': 'Element',
  'dashboard-actions.mark-done': 'Afvinken',
  'dashboard-actions.marked-done': 'Actie ‘{title}’ is afgevinkt.',
  'admin-page.add-team': 'Team toevoegen',
  'admin-page.add-team.name': 'Naam van het team',
  'admin-page.add-team.channel': 'Kanaal-id',
  'admin-page.add-team.leader': 'Leidinggevende (optioneel)',
  'admin-page.add-team.nobody': 'Nog geen leidinggevende',
  'admin-page.add-team.submit': 'Team toevoegen',
  'admin-page.give-role': 'Rol toekennen',
  'admin-page.give-role.person': 'Persoon',
  'admin-page.give-role.role': 'Rol',
  'admin-page.give-role.leader': 'Leidinggevende',
  'admin-page.give-role.team': 'Team (voor een leidinggevende)',
  'admin-page.give-role.submit': 'Rol toekennen',
  'admin-page.add-team.missing': 'Een team heeft een naam en een kanaal-id nodig.',
  'admin-page.give-role.pick': 'Kies een persoon en een van de rollen: leidinggevende, HR of beheerder.',
};
