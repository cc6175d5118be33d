/**
 * The text alternative of a chart sent into chat as a picture: what a
 * screen reader says instead of the image, built from the same figures.
 */
export const chartAlt = {
  'chart-alt.bars': 'Bar chart “{title}”, scores from 0 to 100. {rows}.',
};
