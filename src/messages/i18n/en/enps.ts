/** eNPS words beyond its label: what the report says when the question was not asked. */
export const enps = {
  'enps.notAsked': 'Not asked this period',
} as const;
