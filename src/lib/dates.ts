/**
 * The one date formatter. Every date shown or emitted is in Asia/Shanghai (UTC+8, no DST),
 * whatever the zone of the machine that builds the site.
 */
const ZONE = 'Asia/Shanghai';
const OFFSET = '+08:00';

const partsFormatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

interface ShanghaiParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** Shanghai has kept UTC+8 all year since its last daylight-saving period ended in September 1991. */
const FIXED_OFFSET_SINCE = Date.UTC(1992, 0, 1);
const OFFSET_MS = 8 * 60 * 60 * 1000;

function shanghaiParts(date: Date): ShanghaiParts {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new RangeError('Invalid date');
  // Plain arithmetic where the offset is fixed: Intl's formatToParts cost a second per 10,000-article build.
  if (time >= FIXED_OFFSET_SINCE) {
    const shifted = new Date(time + OFFSET_MS);
    return {
      year: shifted.getUTCFullYear(),
      month: shifted.getUTCMonth() + 1,
      day: shifted.getUTCDate(),
      hour: shifted.getUTCHours(),
      minute: shifted.getUTCMinutes(),
      second: shifted.getUTCSeconds(),
    };
  }
  const parts = Object.fromEntries(
    partsFormatter.formatToParts(date).map((p) => [p.type, p.value]),
  ) as Record<string, string>;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Wall-clock time in Shanghai → the instant, as ISO 8601 with +08:00. Validates the calendar date. */
export function shanghaiIso(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): string {
  const iso = `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${OFFSET}`;
  const parsed = new Date(iso);
  const back = Number.isNaN(parsed.getTime()) ? undefined : shanghaiParts(parsed);
  if (
    !back ||
    back.year !== year ||
    back.month !== month ||
    back.day !== day ||
    back.hour !== hour ||
    back.minute !== minute ||
    back.second !== second
  ) {
    throw new RangeError(`Not a real date and time: ${iso}`);
  }
  return iso;
}

/** Any instant → ISO 8601 in Shanghai with +08:00 (for <time datetime>, JSON-LD, feeds). */
export function toShanghaiIso(date: Date | string): string {
  const p = shanghaiParts(new Date(date));
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${OFFSET}`;
}

/** 2024年3月15日 09:58 */
export function formatDateTime(date: Date | string): string {
  const p = shanghaiParts(new Date(date));
  return `${p.year}年${p.month}月${p.day}日 ${pad(p.hour)}:${pad(p.minute)}`;
}

/** 2024年3月15日 */
export function formatDate(date: Date | string): string {
  const p = shanghaiParts(new Date(date));
  return `${p.year}年${p.month}月${p.day}日`;
}

/** How an article's publication time is shown: the day only when the source gave no time. */
export function formatPublished(date: Date | string, dateOnly = false): string {
  return dateOnly ? formatDate(date) : formatDateTime(date);
}

/** 2024-03-15 09:58, or 2024-03-15 when the source gave only the day: the PubDate meta tag's form. */
export function formatPubDate(date: Date | string, dateOnly = false): string {
  const p = shanghaiParts(new Date(date));
  const day = `${p.year}-${pad(p.month)}-${pad(p.day)}`;
  return dateOnly ? day : `${day} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** 2024-03-15: the Shanghai calendar day, used in slugs. */
export function shanghaiDay(date: Date | string): string {
  const p = shanghaiParts(new Date(date));
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}
