/** eNPS words beyond its label: its heading, its three groups, a leader's own answer, a period not asked. */
export const enps = {
  'enps.notAsked': 'Not asked this period',
  'enps.heading': 'eNPS',
  'enps.group.promoters': 'Promoters (9–10)',
  'enps.group.passives': 'Passives (7–8)',
  'enps.group.detractors': 'Detractors (0–6)',
  'enps.group.count': '{group}: {count} ({percent}%)',
  'enps.split.withheld':
    'Promoters, passives and detractors are shown only when each group holds at least {k} people, so that no small group stands out; until then only the net score is shown.',
  'enps.self': 'Your own answer this period: {value} out of 10 ({group}).',
  'enps.one.promoter': 'a promoter',
  'enps.one.passive': 'a passive',
  'enps.one.detractor': 'a detractor',
  'enps.chart.axis': 'eNPS (−100 to 100)',
} as const;
