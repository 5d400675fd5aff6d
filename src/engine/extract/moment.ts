/** Moments of messages: ISO 8601 read and written with the offset they were written in (no pack: the format checks
 * writers run bundle it alone). */

/** A moment with the UTC offset (minutes) of the message it was read from. */
export interface Moment {
  /** Milliseconds since the epoch (UTC). */
  ms: number;
  /** The message's offset from UTC in minutes (+60 for "+01:00"). */
  offset: number;
}

/** "2025-03-06T14:05:00+01:00" → its moment; null for anything else. Without an offset: UTC. */
export function parseMoment(iso: string | null | undefined): Moment | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(
    iso.trim(),
  );
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', z] = m;
  let offset = 0;
  if (z && z !== 'Z') offset = (z[0] === '-' ? -1 : 1) * (Number(z.slice(1, 3)) * 60 + Number(z.slice(-2)));
  const ms = Date.UTC(+y!, +mo! - 1, +d!, +h, +mi, +s) - offset * 60_000;
  return Number.isFinite(ms) ? { ms, offset } : null;
}

/** The moment as ISO 8601 in its own offset: "2025-03-07T23:59:59+01:00". */
export function formatMoment(t: Moment): string {
  const local = new Date(t.ms + t.offset * 60_000).toISOString().slice(0, 19);
  const sign = t.offset < 0 ? '-' : '+';
  const a = Math.abs(t.offset);
  return `${local}${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}
