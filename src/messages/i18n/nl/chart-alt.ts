import type { AreaCatalog } from '../catalog.ts';
import type { chartAlt as en } from '../en/chart-alt.ts';

/** De tekst in plaats van een grafiek die als afbeelding in de chat staat. */
export const chartAlt: AreaCatalog<typeof en> = {
  'chart-alt.bars': 'Staafdiagram ‘{title}’, scores van 0 tot 100. {rows}.',
};
