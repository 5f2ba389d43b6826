/** Character folding and Chinese numeral values. */

// One UTF-16 unit in, one out: folding never moves an offset.
const FOLD: Record<string, string> = {
  '：': ':', '－': '-', '～': '~', '〜': '~', '／': '/', '．': '.', '（': '(', '）': ')', '　': ' ',
  '﹣': '-', '–': '-', '‐': '-', '‑': '-', '−': '-',
  // Traditional forms that appear in otherwise Simplified date text.
  週: '周', 禮: '礼', 後: '后', 個: '个', 點: '点', 時: '时', 號: '号', 這: '这', 兩: '两', 曆: '历',
  來: '来', 鐘: '钟', 節: '节', 慶: '庆', 陰: '阴', 農: '农', 臘: '腊', 閏: '闰', 當: '当',
};

/** Folds full-width digits and punctuation (and a few Traditional characters) one unit for one unit. */
export function foldText(text: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19) {
      out += String.fromCharCode(c - 0xff10 + 48);
      changed = true;
    } else if (c >= 0xff21 && c <= 0xff5a && c !== 0xff3f) {
      // Full-width Latin letters keep identifiers like ＩＣＰ recognisable as non-dates.
      out += String.fromCharCode(c - 0xfee0);
      changed = true;
    } else {
      const ch = text[i];
      const f = FOLD[ch];
      if (f !== undefined && f.length === 1) {
        out += f;
        changed = true;
      } else out += ch;
    }
  }
  return changed ? out : text;
}

const DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** True for characters that can be part of a Chinese numeral run. */
export function isCnNumeralChar(ch: string): boolean {
  return ch in DIGIT || ch in UNIT || ch === '廿' || ch === '卅';
}

/**
 * Value of a Chinese numeral run: positional (二十一, 两千零四, 廿二) when it holds a unit
 * character, otherwise digit by digit (二〇二三 → 2023). NaN when malformed.
 */
export function cnValue(s: string): number {
  let hasUnit = false;
  for (const ch of s) if (ch in UNIT || ch === '廿' || ch === '卅') hasUnit = true;
  if (!hasUnit) {
    if (s.length > 15) return NaN;
    let v = 0;
    for (const ch of s) v = v * 10 + DIGIT[ch];
    return v;
  }
  let total = 0;
  let cur = -1;
  for (const ch of s) {
    if (ch === '廿' || ch === '卅') {
      if (cur >= 0) return NaN;
      total += ch === '廿' ? 20 : 30;
      continue;
    }
    const u = UNIT[ch];
    if (u !== undefined) {
      total += (cur < 0 ? 1 : cur) * u;
      cur = -1;
    } else {
      if (cur > 0) return NaN; // two digits in a row inside a positional numeral
      cur = DIGIT[ch];
    }
  }
  if (cur > 0) total += cur;
  return total;
}

/** True when a numeral run is written digit by digit (二〇二三), i.e. has no unit character. */
export function isDigitwise(s: string): boolean {
  for (const ch of s) if (!(ch in DIGIT)) return false;
  return true;
}
