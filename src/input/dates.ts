/**
 * Publish-time strings as pages write them → ISO 8601, as precise as given.
 * Only the forms pages use for their own publish time; the full date engine
 * lives elsewhere.
 */

const pad = (v: string | number): string => String(v).padStart(2, '0');

function validDay(y: number, m: number, d: number): boolean {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function build(y: string, mo: string, d: string, h?: string, mi?: string, s?: string, ampm?: string, zone?: string): string | null {
  const Y = Number(y), M = Number(mo), D = Number(d);
  if (!validDay(Y, M, D)) return null;
  let out = `${Y}-${pad(M)}-${pad(D)}`;
  if (h !== undefined && mi !== undefined) {
    let H = Number(h);
    const MI = Number(mi);
    if (ampm && /下午|晚上|晚|傍晚/.test(ampm) && H < 12) H += 12;
    if (ampm && /中午/.test(ampm) && H < 11) H += 12;
    if (ampm && /凌晨|上午|早上/.test(ampm) && H === 12) H = 0;
    if (H > 23 || MI > 59) return out;
    out += `T${pad(H)}:${pad(MI)}`;
    if (s !== undefined && Number(s) <= 59) out += `:${pad(s)}`;
    if (zone) out += zone === 'Z' || zone === 'z' ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
  }
  return out;
}

/** ISO-ish: 2019-09-07T13:43:45+08:00, 2019-09-07 13:43, 2019/9/7, 2019.09.07 13:43:45.000Z */
const ISOISH = /^((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:T| {1,3})(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.\d{1,9})?)? ?(Z|[+-]\d\d:?\d\d)?)?/i;
/** Compact: 20191210, 20191210153000 */
const COMPACT = /^((?:19|20)\d\d)(\d\d)(\d\d)(?:(\d\d)(\d\d)(\d\d)?)?$/;
/**
 * Chinese and mixed datetimes inside text: 2019年12月10日 15:30, 2019-12-10 下午3:05, 2019/12/10 15时30分.
 * Single optional spaces only (callers pass whitespace-collapsed text) keep it linear.
 */
export const TEXT_DATETIME =
  /((?:19|20)\d\d) ?[-/.年] ?(\d{1,2}) ?[-/.月] ?(\d{1,2})(?![\d])(?: ?[日号])?(?:[ T]?(上午|下午|晚上|凌晨|中午|早上|傍晚)? ?(\d{1,2}) ?[:：时点] ?(\d{1,2})(?: ?[:：分] ?(\d{1,2}))?)?/g;

/**
 * Normalises one publish-time value from a meta tag, JSON-LD or `<time>`
 * (ISO, `2019-09-07 13:43:45`, `2019/9/7`, Chinese `2019年9月7日`, compact
 * `20190907`, Unix seconds/milliseconds) to ISO 8601. A zone the page gives
 * is kept; Unix times are rendered at +08:00 (the same instant, in the zone
 * of the Chinese pages this library reads).
 */
export function normalizeDateValue(raw: string): string | null {
  const s = raw.normalize('NFKC').trim();
  if (!s) return null;
  let m = ISOISH.exec(s);
  if (m) return build(m[1], m[2], m[3], m[4], m[5], m[6], undefined, m[7]);
  m = COMPACT.exec(s);
  if (m) return build(m[1], m[2], m[3], m[4], m[5], m[6]);
  if (/^\d{10}(?:\d{3})?$/.test(s)) {
    const ms = s.length === 13 ? Number(s) : Number(s) * 1000;
    const local = new Date(ms + 8 * 3600 * 1000);
    if (Number.isNaN(local.getTime())) return null;
    const iso = local.toISOString().slice(0, 19);
    return validDay(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate()) ? `${iso}+08:00` : null;
  }
  TEXT_DATETIME.lastIndex = 0;
  const t = TEXT_DATETIME.exec(s.replace(/\s+/g, ' '));
  if (t) return build(t[1], t[2], t[3], t[5], t[6], t[7], t[4]);
  // RFC 2822 and other forms Date understands (English pages).
  if (/[a-z]{3}/i.test(s)) {
    const d = new Date(s);
    if (!Number.isNaN(d.getTime())) return d.toISOString().replace('.000Z', 'Z');
  }
  return null;
}

/** A datetime found in text, with its position. */
export interface TextDate {
  value: string;
  index: number;
  /** True when the match included a time of day. */
  hasTime: boolean;
}

/** All datetimes with year, month and day written in a (whitespace-collapsed) line. */
export function findTextDates(line: string): TextDate[] {
  const out: TextDate[] = [];
  const s = line.normalize('NFKC');
  TEXT_DATETIME.lastIndex = 0;
  for (let m = TEXT_DATETIME.exec(s); m; m = TEXT_DATETIME.exec(s)) {
    const v = build(m[1], m[2], m[3], m[5], m[6], m[7], m[4]);
    if (v) out.push({ value: v, index: m.index, hasTime: v.includes('T') });
  }
  return out;
}

/** A day from a URL path: /2019-12/10/, /2019/12/10/, /20191210/, t20191210_123.html. */
export function dateFromUrl(url: string): string | null {
  let path = url;
  try {
    path = new URL(url, 'http://x.invalid/').pathname;
  } catch {
    // not a URL: scan the raw string
  }
  const a = /(?:^|[/_-])((?:19|20)\d\d)[-/_](\d{1,2})[-/_](\d{1,2})(?=[/_.-]|$)/.exec(path);
  if (a) return build(a[1], a[2], a[3]);
  const b = /(?:^|[/_t])((?:19|20)\d\d)(0[1-9]|1[0-2])\/?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/.exec(path);
  if (b) return build(b[1], b[2], b[3]);
  return null;
}
