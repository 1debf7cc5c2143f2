import { TZDate } from '@date-fns/tz';

/** True for an IANA time zone name this runtime knows ("Europe/Paris", "UTC"). */
export function isTimeZone(zone: string): boolean {
  if (!/^[A-Za-z0-9_+\-/]{1,64}$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The instant at which the wall-clock time `local` ("2030-06-15T15:30", as <input type="datetime-local">
 * sends it) occurs in `zone`. Null when `local` is not a real date and time. A time skipped by a DST change
 * moves forward, as clocks do.
 */
export function zonedTimeToInstant(local: string, zone: string): Date | null {
  const m = LOCAL.exec(local);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1, 6).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const d = new TZDate(year, month - 1, day, hour, minute, zone);
  // Day 31 of a 30-day month rolls over into the next month: refuse it rather than store another date.
  if (d.getDate() !== day || d.getMonth() !== month - 1) return null;
  return new Date(d.getTime());
}

/**
 * The wall-clock time of `iso` in `zone` as <input type="datetime-local"> wants it ("2030-06-15T15:30"), so an
 * edit form shows the time the teacher picked. The inverse of `zonedTimeToInstant` (to the minute).
 */
export function instantToZonedTime(iso: string, zone?: string | null): string {
  const d = new TZDate(new Date(iso).getTime(), zone && isTimeZone(zone) ? zone : 'UTC');
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
}

/**
 * A due date for people: "Sat 15 Jun 2030, 15:30 EDT". In `zone` when given (the teacher's, on their pages),
 * else in UTC with the zone named, so a page rendered on the server never pretends to know the reader's zone.
 */
export function formatInstant(iso: string, zone?: string | null): string {
  const timeZone = zone && isTimeZone(zone) ? zone : 'UTC';
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  })
    .format(new Date(iso));
}
