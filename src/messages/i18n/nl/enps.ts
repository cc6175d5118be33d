import type { AreaCatalog } from '../catalog.ts';
import type { enps as en } from '../en/enps.ts';

/** eNPS-woorden naast het label (zie en/enps.ts). */
export const enps: AreaCatalog<typeof en> = {
  'enps.notAsked': 'Deze periode niet gevraagd',
} as const;
