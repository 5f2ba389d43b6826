/**
 * Bytes → string. The order of evidence matters more than any single test:
 * a BOM is certain, UTF-8 is almost certain (pages that declare gb2312 but
 * were re-saved as UTF-8 are common, and a few damaged bytes do not make a
 * page GBK), then the caller, then the page's own declaration, and only then
 * statistical detection. A legacy reading must also look like real text.
 */
import { createRequire } from 'node:module';
import { XinwenError } from '../errors.js';
import { lazy } from '../nlp/index.js';
import { isMostlyUtf8, readUtf8, type Utf8Reading } from './utf8.js';

/** Result of {@link decodeBytes}. */
export interface Decoded {
  text: string;
  /** Canonical lower-case name of the encoding that was used, e.g. `utf-8`, `gb18030`, `big5`. */
  encoding: string;
  warnings: string[];
  /**
   * True when the text is known to hold no NUL and no lone surrogate, so it needs no sanitizing: a reading
   * of UTF-8 (always well-formed UTF-16) in which no control character was found.
   */
  clean: boolean;
}

/** Legacy Simplified Chinese names that are all subsets of GB18030, so reading them as GB18030 loses nothing. */
const GB_ALIASES = new Set(['gb2312', 'gbk', 'x-gbk', 'cp936', 'ms936', 'windows-936', 'gb_2312-80', 'gb_2312', 'csgb2312', 'euc-cn', 'x-euc-cn', 'chinese', 'iso-ir-58', 'gb18030', 'hz-gb-2312']);
// iconv-lite and chardet are loaded on first use: text given as a string, and UTF-8 bytes, need neither, and
// loading them costs a process several megabytes and milliseconds at import.
type Iconv = typeof import('iconv-lite');
type Chardet = typeof import('chardet');
const iconv = lazy(() => createRequire(import.meta.url)('iconv-lite') as Iconv);
const chardet = lazy(() => createRequire(import.meta.url)('chardet') as Chardet);

const UTF8_ALIASES = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8', 'x-unicode20utf8']);

/**
 * Canonical name for an encoding label, or null when iconv-lite does not know it.
 * GB2312/GBK labels map to gb18030 (a strict superset) because pages labelled
 * gb2312 routinely contain GBK-only characters.
 */
export function normalizeEncoding(label: string): string | null {
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (!l) return null;
  if (GB_ALIASES.has(l)) return 'gb18030';
  if (UTF8_ALIASES.has(l)) return 'utf-8';
  if (l === 'big5' || l === 'big5-hkscs' || l === 'x-x-big5' || l === 'cn-big5' || l === 'csbig5' || l === 'cp950') return 'big5';
  if (l === 'utf-16' || l === 'utf16') return 'utf-16le';
  return iconv().encodingExists(l) ? l : null;
}

/** Magic numbers of common binary formats people feed scrapers by mistake. */
const MAGIC: Array<[number[], string]> = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (or DOCX/XLSX)'],
  [[0x1f, 0x8b], 'gzip-compressed data (decompress it first)'],
  [[0x52, 0x49, 0x46, 0x46], 'a RIFF file (WebP/WAV/AVI)'],
];

const MAGIC_FIRST_BYTES = new Set(MAGIC.map(([sig]) => sig[0]));

function magicKind(bytes: Uint8Array): string | null {
  // A page whose first byte starts no signature (most start with `<` or white space) is none of them.
  if (bytes.length === 0 || !MAGIC_FIRST_BYTES.has(bytes[0])) return null;
  for (const [sig, kind] of MAGIC) {
    if (bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b)) return kind;
  }
  return null;
}

/** Reads the charset a page declares for itself in its first bytes (`<meta charset>`, http-equiv, or an XML prolog). */
export function declaredCharset(bytes: Uint8Array, limit = 2048): string | null {
  // latin1 is a byte-to-char identity, so ASCII markup is readable whatever the real encoding.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, limit)).toString('latin1');
  const lower = head.toLowerCase();
  const xml = /^\s*<\?xml[^>]{0,200}encoding\s*=\s*["']([\w.:-]{1,40})/.exec(lower);
  if (xml) return xml[1];
  let from = 0;
  for (;;) {
    const at = lower.indexOf('<meta', from);
    if (at < 0) return null;
    const end = lower.indexOf('>', at);
    const tag = lower.slice(at, end < 0 ? lower.length : end);
    const m = /charset\s*=\s*["']?\s*([\w.:-]{1,40})/.exec(tag);
    if (m) return m[1];
    if (end < 0) return null;
    from = end;
  }
}

/**
 * Very frequent characters in both scripts. Decoding Chinese bytes with the wrong
 * Chinese codec still yields valid code points, just rare ones, so the share of
 * these tells GB18030 from Big5 far better than replacement characters do.
 */
const COMMON = new Set(
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近千周委素技备半办青省列习响约支般史感劳便团往历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞們個國這來時說會對發過頭學與為麼麼還進經實現於種當點業動樣關應東長間問開後從變體門機義區報記總將氣產員條認無當務際話資歲萬鄉區黨據館聽辦' +
    '，。、；：？！“”（）《》',
);

/** The characters of {@link COMMON} by UTF-16 unit (all of them are in the Basic Multilingual Plane). */
const COMMON_UNITS = (() => {
  const units = new Uint8Array(0x10000);
  for (const ch of COMMON) units[ch.charCodeAt(0)] = 1;
  return units;
})();

/**
 * The Han characters of `text` (by code point, see {@link isHan}) and how many of them are common, in one loop
 * over code units: it runs over up to 64 KB of every page that is not UTF-8.
 */
function hanCounts(text: string): { han: number; common: number } {
  let han = 0;
  let common = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x3400) continue;
    let code = unit;
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = (unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (!isHan(code)) continue;
    han++;
    if (code < 0x10000 && COMMON_UNITS[code] === 1) common++;
  }
  return { han, common };
}

function commonScore(text: string): number {
  let hits = 0;
  for (const ch of text) if (COMMON.has(ch)) hits++;
  return hits;
}

/** Encodings worth considering for a Chinese news page when nothing is declared. */
const DETECT_OK = new Map<string, string>([
  ['GB18030', 'gb18030'],
  ['Big5', 'big5'],
  ['UTF-16LE', 'utf-16le'],
  ['UTF-16BE', 'utf-16be'],
  ['EUC-JP', 'euc-jp'],
  ['Shift_JIS', 'shift_jis'],
  ['EUC-KR', 'euc-kr'],
  ['ISO-8859-1', 'windows-1252'],
  ['windows-1252', 'windows-1252'],
]);

/**
 * The Chinese reading (GB18030, else Big5) of undeclared legacy bytes when it is beyond doubt: at least 64 Han
 * characters, half of them or more among the commonest (real Chinese text reaches 0.55 and more, a wrong
 * reading of Chinese bytes 0.12 at most, so two readings never both pass). Statistical detection could only
 * pick the same reading, so it is skipped: it costs more than the rest of reading the page. `text` is the
 * whole reading when the sample was the whole page. Null when the evidence is weaker.
 */
function clearlyChinese(bytes: Uint8Array): { encoding: string; text: string | null } | null {
  const whole = bytes.length <= 65536;
  const sample = whole ? bytes : bytes.subarray(0, 65536);
  for (const encoding of ['gb18030', 'big5']) {
    const text = iconv().decode(sample, encoding);
    const { han, common } = hanCounts(text);
    if (han >= 64 && common >= 0.5 * han) return { encoding, text: whole ? text : null };
  }
  return null;
}

function detect(bytes: Uint8Array): string {
  const sample = bytes.length > 65536 ? bytes.subarray(0, 65536) : bytes;
  let chardetTop: string | null = null;
  for (const m of chardet().analyse(sample)) {
    const name = DETECT_OK.get(m.name);
    if (name) { chardetTop = name; break; }
  }
  // chardet often mistakes GBK for EUC-KR or Big5 on short samples; let frequent characters decide between the CJK readings.
  const candidates = ['gb18030', 'big5'];
  if (chardetTop && !candidates.includes(chardetTop)) candidates.push(chardetTop);
  let best = chardetTop ?? 'gb18030';
  let bestScore = -1;
  const scores = new Map<string, number>();
  for (const c of candidates) {
    const s = commonScore(iconv().decode(sample, c));
    scores.set(c, s);
    if (s > bestScore) { bestScore = s; best = c; }
  }
  // With almost no Chinese evidence (Latin pages), chardet's own opinion is worth more.
  if (bestScore < 8 && chardetTop) return chardetTop;
  return best;
}

function isBadChar(c: number): boolean {
  return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) || c === 0x7f || c === 0xfffd;
}

const BAD_CHARS = /[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f\ufffd]/g;

/** Decoded text is judged on at most this many characters. */
const TEXT_SAMPLE = 1 << 20;

/** The control characters, NULs and U+FFFD among the first {@link TEXT_SAMPLE} characters of `text`. */
function badCharacters(text: string): number {
  // The bad characters of isBadChar as a class: a page has few or none, and the regular-expression engine
  // skips the rest faster than a loop over every character.
  const sample = text.length > TEXT_SAMPLE ? text.slice(0, TEXT_SAMPLE) : text;
  let bad = 0;
  BAD_CHARS.lastIndex = 0;
  while (BAD_CHARS.exec(sample) !== null) bad++;
  return bad;
}

/** The bytes of the bad control characters: all ASCII, so in UTF-8 each is the same character and nothing else. */
const BAD_BYTES = (() => {
  const bad: number[] = [];
  for (let byte = 0; byte < 0x80; byte++) if (isBadChar(byte)) bad.push(byte);
  return bad;
})();
const REPLACEMENT_CHARACTER_UTF8 = Buffer.from([0xef, 0xbf, 0xbd]);

/**
 * Whether well-formed UTF-8 bytes read as text without a bad character (see {@link badCharacters}): each bad
 * byte and the bytes of U+FFFD are searched for natively, several times faster than a scan of the decoded text,
 * and a page holds none of them.
 */
function utf8WithoutBadCharacters(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const byte of BAD_BYTES) if (buffer.indexOf(byte) >= 0) return false;
  return buffer.indexOf(REPLACEMENT_CHARACTER_UTF8) < 0;
}

/** Throws E_ENCODING when decoded text is mostly control characters, NULs or U+FFFD (`bad` of them), i.e. the bytes were not text. */
function assertTextual(text: string, bad: number, encoding: string): void {
  const n = Math.min(text.length, TEXT_SAMPLE);
  if (n === 0) return;
  if (bad / n > 0.1) {
    throw new XinwenError(
      'E_ENCODING',
      `input does not look like text: ${Math.round((bad / n) * 100)}% of the characters decoded as ${encoding} are control characters or invalid sequences; pass a text or HTML page, or the right \`encoding\` option`,
    );
  }
}

/**
 * In every ASCII-compatible encoding real text has almost no C0 control bytes
 * (GBK and Big5 trail bytes start at 0x40), while random or compressed data has
 * about 11 %; checking bytes catches binary input that a lenient codec would
 * otherwise turn into plausible-looking characters.
 */
function assertFewControlBytes(bytes: Uint8Array): void {
  const n = Math.min(bytes.length, 1 << 16);
  if (n === 0) return;
  let bad = 0;
  for (let i = 0; i < n; i++) if (isBadChar(bytes[i])) bad++;
  if (bad / n > 0.03) {
    throw new XinwenError(
      'E_ENCODING',
      `input does not look like text: ${Math.round((bad / n) * 100)}% of its first bytes are control bytes or NULs (binary data?); pass a text or HTML page`,
    );
  }
}

/** Han characters (CJK Unified Ideographs, Extension A, and the supplementary planes). */
function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x20000 && code <= 0x3134f);
}

/** Encodings of one byte a character for Western text, where most bytes of real text are ASCII. */
const WESTERN_SINGLE_BYTE = new Set(['windows-1252', 'iso-8859-1', 'latin1', 'iso-8859-15', 'cp1252']);

/**
 * Why `text`, decoded from `bytes` as `encoding`, cannot be a real page, or null when it can.
 * Real Chinese text uses its commonest characters over half the time (0.55 or more on every
 * page of the cwced and gne sets); random bytes read as GB18030, Big5, Shift_JIS or EUC-KR reach
 * at most 0.12. Western text is mostly ASCII; random high bytes read as windows-1252 are not.
 * Short samples are not judged: they carry too little evidence.
 */
function implausibility(text: string, bytes: Uint8Array, encoding: string): string | null {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  const { han, common } = hanCounts(sample);
  if (han >= 64 && common / han < 0.2) {
    return `read as ${encoding}, only ${Math.round((common / han) * 100)}% of its ${han} Han characters are common ones (real Chinese text: over half)`;
  }
  if (WESTERN_SINGLE_BYTE.has(encoding)) {
    const n = Math.min(bytes.length, 65536);
    let high = 0;
    for (let i = 0; i < n; i++) if (bytes[i] >= 0x80) high++;
    if (n >= 256 && high / n > 0.5) return `read as ${encoding}, ${Math.round((high / n) * 100)}% of its bytes are accented letters or symbols (real Western text: mostly ASCII)`;
  }
  return null;
}

/** Warnings for bytes read as UTF-8 despite damage. */
function utf8DamageWarnings(reading: Utf8Reading): string[] {
  const warnings: string[] = [];
  if (reading.invalid > 0) {
    warnings.push(`the bytes are UTF-8 but for ${reading.invalid} invalid sequence(s), each replaced by U+FFFD`);
  }
  if (reading.cut > 0) {
    warnings.push(`the input ends inside a UTF-8 character: its ${reading.cut} byte(s) were dropped`);
  }
  return warnings;
}

/**
 * Decodes page bytes to a string.
 *
 * Order: BOM (UTF-8, UTF-16LE/BE) → UTF-8, also when damaged (a few invalid
 * sequences become U+FFFD, a character cut at the end is dropped, each with a
 * warning) → `declared` (the caller's `encoding` option) → the page's
 * `<meta charset>` / http-equiv in its first 2 KB → detection among GB18030,
 * Big5 and a few other plausible encodings. GB2312/GBK labels are read as
 * GB18030. A stated encoding whose reading does not look like real text gives
 * way to detection; a detected one that does not either is an error.
 *
 * @throws XinwenError `E_ENCODING` when `declared` is not a known encoding, or when the bytes are not text
 *   in any candidate encoding (an image, random data).
 */
export function decodeBytes(bytes: Uint8Array, declared?: string): Decoded {
  const warnings: string[] = [];
  let explicit: string | null = null;
  if (declared !== undefined && declared !== null && declared !== '') {
    explicit = normalizeEncoding(String(declared));
    if (!explicit) {
      throw new XinwenError('E_ENCODING', `unknown encoding "${declared}"; use a WHATWG/iconv-lite label such as utf-8, gb18030, gbk or big5`);
    }
  }
  const kind = magicKind(bytes);
  if (kind) throw new XinwenError('E_ENCODING', `input does not look like text: it starts like ${kind}`);

  // `noBadCharacters`: the bytes were found to read as text without one, so the text need not be scanned.
  const finish = (text: string, encoding: string, readAsUtf8 = false, noBadCharacters = false): Decoded => {
    const bad = noBadCharacters ? 0 : badCharacters(text);
    // In a UTF-8 reading every control byte is the same control character, so a whole text without one
    // vouches for its bytes: the byte count would find none.
    const clean = readAsUtf8 && bad === 0 && text.length <= TEXT_SAMPLE;
    if (!encoding.startsWith('utf-16') && !clean) assertFewControlBytes(bytes);
    assertTextual(text, bad, encoding);
    return { text, encoding, warnings, clean };
  };

  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return finish(new TextDecoder('utf-8').decode(bytes.subarray(3)), 'utf-8', true);
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return finish(iconv().decode(bytes.subarray(2), 'utf-16le'), 'utf-16le');
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return finish(iconv().decode(bytes.subarray(2), 'utf-16be'), 'utf-16be');
  }
  const utf8 = readUtf8(bytes);
  if (isMostlyUtf8(utf8)) {
    for (const warning of utf8DamageWarnings(utf8)) warnings.push(warning);
    if (explicit && explicit !== 'utf-8' && /[^\x00-\x7f]/.test(utf8.text)) {
      warnings.push(`the bytes are UTF-8, so they were read as UTF-8 rather than the requested ${explicit}`);
    }
    return finish(utf8.text, 'utf-8', true, utf8.wellFormed && utf8WithoutBadCharacters(bytes));
  }

  const stated = explicit ?? declaredEncoding(bytes, warnings);
  if (stated) {
    const text = iconv().decode(bytes, stated);
    const why = implausibility(text, bytes, stated);
    if (!why) return finish(text, stated);
    warnings.push(`the bytes do not read as the stated ${stated}: ${why}`);
  }
  const clear = clearlyChinese(bytes);
  const enc = clear?.encoding ?? detect(bytes);
  const text = clear?.text ?? iconv().decode(bytes, enc);
  // A reading of the whole page found clearly Chinese is plausible by the same count.
  const why = clear?.text ? null : implausibility(text, bytes, enc);
  if (why) {
    throw new XinwenError('E_ENCODING', `input does not decode to plausible text in any candidate encoding: it is not UTF-8, and ${why}; pass a text or HTML page, or the right \`encoding\` option`);
  }
  warnings.push(stated ? `detected ${enc} instead` : `no usable charset declaration; detected ${enc}`);
  return finish(text, enc);
}

/** The legacy encoding the page declares for itself, or null (with a warning when the declaration is unusable). */
function declaredEncoding(bytes: Uint8Array, warnings: string[]): string | null {
  const label = declaredCharset(bytes);
  if (!label) return null;
  const enc = normalizeEncoding(label);
  if (enc && enc !== 'utf-8' && !enc.startsWith('utf-16')) return enc;
  if (enc === 'utf-8') warnings.push('the page declares UTF-8 but its bytes are not valid UTF-8; the encoding was detected instead');
  else if (!enc) warnings.push(`the page declares an unknown charset "${label}"; the encoding was detected instead`);
  return null;
}
