/**
 * A zone where it is around midday now, whatever the date and hour a test or
 * bench runs at (faketime included), so a round's first DMs fall inside
 * working hours at once. Etc/GMT-N is N hours ahead of UTC. `startsAt` is
 * this minute: a schedule slot already past, so the round is due.
 */
export function middayZone(now: Date): { zone: string; weekday: number; time: string; startsAt: Date } {
  const ahead = 12 - now.getUTCHours(); // -11 … 12
  const zone = ahead === 0 ? 'Etc/UTC' : `Etc/GMT${ahead > 0 ? '-' : '+'}${Math.abs(ahead)}`;
  const local = new Date(now.getTime() + ahead * 3_600_000);
  const weekday = ((local.getUTCDay() + 6) % 7) + 1;
  const time = `${String(local.getUTCHours()).padStart(2, '0')}:${String(local.getUTCMinutes()).padStart(2, '0')}`;
  const startsAt = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  return { zone, weekday, time, startsAt };
}
