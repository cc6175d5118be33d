import type { AreaCatalog } from '../catalog.ts';
import type { language as en } from '../en/language.ts';

/** Taalkeuze, de overslaglink van het dashboard, het teamrapport voor wie het team niet leidt, en de CSV. */
export const language: AreaCatalog<typeof en> = {
  'language.switch': 'Taal',
  'language.apply': 'Wijzigen',
  'language.name.en': 'English',
  'language.name.nl': 'Nederlands',
  'dashboard.skip-to-content': 'Direct naar de inhoud',

  'report.privacy.team.reader':
    'Cijfers van minder dan {k} mensen worden niet getoond. De eigen beoordelingen van de leidinggevende bij de ik-stellingen ziet alleen de leidinggevende; ze staan daarom niet in dit overzicht.',
  'maturity.reason.gap_leader_only':
    'hier telt ook de eigen kijk van de leidinggevende mee, en die ziet alleen de leidinggevende',

  'csv.column.section': 'onderdeel',
  'csv.column.team': 'team',
  'csv.column.key': 'sleutel',
  'csv.column.label': 'naam',
  'csv.column.value': 'waarde',
  'csv.column.n': 'n',
  'csv.column.favourable': 'positief_procent',
  'csv.column.hidden': 'reden_verborgen',
  'csv.column.rounds': 'rondes',
  'csv.column.statements': 'stellingen',
  'csv.column.window': 'venster_weken',
  'csv.column.as-of': 'tot_en_met_week',
  'csv.column.from': 'venster_vanaf',
  'csv.column.to': 'venster_tot_en_met',
  'csv.section.participation': 'deelname',
  'csv.section.elements': 'bouwstenen',
  'csv.section.traits': 'eigenschappen',
  'csv.section.culture_current': 'cultuur_nu',
  'csv.section.culture_desired': 'cultuur_gewenst',
  'csv.section.history': 'verloop',
  'csv.section.enps': 'enps',
  'csv.section.heatmap': 'heatmap',
  'csv.section.notice': 'melding',
  'csv.hidden.below_k': 'minder_dan_k',
  'csv.hidden.complementary': 'af_te_leiden',
  'csv.hidden.membership_change': 'te_kleine_wisseling',
  'csv.hidden.comments_below_k': 'te_weinig_opmerkingen',
  'csv.hidden.no_data': 'geen_antwoorden',
  'csv.hidden.not_asked': 'niet_gevraagd',
};
