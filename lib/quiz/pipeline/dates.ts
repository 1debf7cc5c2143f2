import { memoised } from '../../memo';

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export type DateParts = { y?: number; m?: number; d?: number; style: 'mdy' | 'dmy' | 'my' | 'md' | 'dm' | 'y' };

const MONTH_GROUP = `(${MONTHS.join('|')})`;
const DATE_FORMS = {
  mdy: new RegExp(`^${MONTH_GROUP} (\\d{1,2}), (\\d{4})$`),
  dmy: new RegExp(`^(\\d{1,2}) ${MONTH_GROUP},? (\\d{4})$`),
  my: new RegExp(`^${MONTH_GROUP} (\\d{4})$`),
  md: new RegExp(`^${MONTH_GROUP} (\\d{1,2})$`),
  dm: new RegExp(`^(\\d{1,2}) ${MONTH_GROUP}$`),
};
const parsedDates = new Map<string, DateParts | null>();

export function parseDate(text: string): DateParts | null {
  if (!parsedDates.has(text)) parsedDates.set(text, parseDateUncached(text));
  return parsedDates.get(text) ?? null;
}

function parseDateUncached(text: string): DateParts | null {
  let m = DATE_FORMS.mdy.exec(text);
  if (m) return { m: MONTHS.indexOf(m[1] as string) + 1, d: Number(m[2]), y: Number(m[3]), style: 'mdy' };
  m = DATE_FORMS.dmy.exec(text);
  if (m) return { d: Number(m[1]), m: MONTHS.indexOf(m[2] as string) + 1, y: Number(m[3]), style: 'dmy' };
  m = DATE_FORMS.my.exec(text);
  if (m) return { m: MONTHS.indexOf(m[1] as string) + 1, y: Number(m[2]), style: 'my' };
  m = DATE_FORMS.md.exec(text);
  if (m) return { m: MONTHS.indexOf(m[1] as string) + 1, d: Number(m[2]), style: 'md' };
  m = DATE_FORMS.dm.exec(text);
  if (m) return { d: Number(m[1]), m: MONTHS.indexOf(m[2] as string) + 1, style: 'dm' };
  m = /^(\d{4})$/.exec(text);
  if (m) return { y: Number(m[1]), style: 'y' };
  return null;
}

export function formatDate(p: { y?: number; m?: number; d?: number }, style: DateParts['style']): string | null {
  const month = p.m ? MONTHS[p.m - 1] : undefined;
  switch (style) {
    case 'mdy': return month && p.d && p.y ? `${month} ${p.d}, ${p.y}` : null;
    case 'dmy': return month && p.d && p.y ? `${p.d} ${month} ${p.y}` : null;
    case 'my': return month && p.y ? `${month} ${p.y}` : null;
    case 'md': return month && p.d ? `${month} ${p.d}` : null;
    case 'dm': return month && p.d ? `${p.d} ${month}` : null;
    case 'y': return p.y ? String(p.y) : null;
  }
}

/** ISO key for ordering: "2013", "2013-04", "2013-04-25". */
export const isoOf = memoised(isoUncached);

function isoUncached(text: string): string | null {
  const p = parseDate(text.trim());
  if (!p?.y) return null;
  return [String(p.y), p.m ? String(p.m).padStart(2, '0') : null, p.d ? String(p.d).padStart(2, '0') : null].filter(Boolean).join('-');
}

/** An event text that gives its own date away: a year, a month, or a document number (they rise over time). */
export const LEAKS_TIME = new RegExp(`\\b(?:1[89]\\d{2}|20\\d{2}|\\d{4,}|${MONTHS.join('|')})\\b`);
