/**
 * Debian's DejaVu, the first font of the charts' font list (`CHART_FONT`):
 * found offline on most Linux systems. The PNG renderer draws with it and the
 * charts measure their labels with it, so what is measured is what is drawn.
 */
export const DEJAVU_REGULAR = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
export const DEJAVU_BOLD = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';
