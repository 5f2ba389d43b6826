/**
 * Values of Chinese numerals as dates write them: positional (二十一, 两千零四, 廿三) and digit by
 * digit (二〇二三, 一一二). Arabic and full-width digits need no help: the view folds the latter.
 */

const DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const LUNAR_TENS: Record<string, number> = { 廿: 20, 卅: 30 };

/** The characters a Chinese numeral run is made of (each one UTF-16 unit). */
export const CHINESE_NUMERAL_CHARS: readonly string[] = [...Object.keys(DIGIT), ...Object.keys(UNIT), ...Object.keys(LUNAR_TENS)];

/** True when a numeral run is written digit by digit (二〇二三), i.e. has no unit character. */
export function isWrittenDigitByDigit(numeral: string): boolean {
  for (const ch of numeral) if (!(ch in DIGIT)) return false;
  return true;
}

/**
 * Value of a Chinese numeral run: positional (二十一, 两千零四, 廿二) when it holds a unit
 * character, otherwise digit by digit (二〇二三 → 2023). NaN when malformed.
 */
export function chineseNumeralValue(numeral: string): number {
  if (isWrittenDigitByDigit(numeral)) {
    if (numeral.length > 15) return NaN;
    let value = 0;
    for (const ch of numeral) value = value * 10 + DIGIT[ch];
    return value;
  }
  let total = 0;
  let pendingDigit = -1;
  for (const ch of numeral) {
    const tens = LUNAR_TENS[ch];
    if (tens !== undefined) {
      if (pendingDigit >= 0) return NaN;
      total += tens;
      continue;
    }
    const unit = UNIT[ch];
    if (unit !== undefined) {
      total += (pendingDigit < 0 ? 1 : pendingDigit) * unit;
      pendingDigit = -1;
    } else {
      // two digits in a row inside a positional numeral
      if (pendingDigit > 0) return NaN;
      pendingDigit = DIGIT[ch];
    }
  }
  if (pendingDigit > 0) total += pendingDigit;
  return total;
}
