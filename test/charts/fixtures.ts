import type { HiddenLabels } from '../../src/charts/index.ts';

export const hiddenLabels: HiddenLabels = {
  mark: {
    below_k: 'n<k',
    complementary: 'hidden',
    membership_change: 'hidden',
    comments_below_k: 'n<k',
    no_data: 'no data',
    not_asked: 'not asked',
  },
  reason: {
    below_k: 'Fewer respondents than the anonymity threshold',
    complementary: 'Hidden so a smaller group cannot be worked out',
    membership_change: 'Hidden because the team changed too much',
    comments_below_k: 'Too few comments to show',
    no_data: 'No answers yet',
    not_asked: 'Not asked in this period',
  },
};

export const elementLabels = {
  'understanding-customers': 'Understanding customers',
  'vision-strategy': 'Vision & strategy',
  leadership: 'Leadership',
};
