// The name model's fast paths against the definitions they stand for: the context groups' keys read from packed
// neighbour values (name-features.ts classWindowKeyOf and the others) against classWindowKey and the others, on
// sentences written for these tests (every name made up).
import { describe, expect, it } from 'vitest';
import { tagWithOffsets } from '../src/nlp/index.js';
import {
  classWindowKey,
  classWindowKeyOf,
  givenNameKey,
  givenNameKeyOf,
  mayBeInName,
  mayBeInNameOf,
  packedAt,
  prepareDoc,
  surnameBeforeGivenKey,
  surnameBeforeGivenKeyOf,
  surnameWindowKey,
  surnameWindowKeyOf,
  transliterationWindowKey,
  transliterationWindowKeyOf,
} from '../src/entities/name-features.js';

const SENTENCES = [
  '欧阳明远和司马晓燕昨天走访了3家企业，ABC公司的·约翰·史密斯也在。',
  '王',
  '记者 周明远　报道：2024年5月，副县长罗建新主持会议。',
  '“程晓燕”说：诸葛亮、令狐冲……\n端木蓉•卡尔',
];

describe('the name model', () => {
  it('reads the context keys (and whether a name may hold the character) from packed neighbours as classWindowKey and the others do', () => {
    let reused;
    for (const view of SENTENCES) {
      const doc = prepareDoc(view, tagWithOffsets(view), reused);
      reused = doc;
      expect(doc.packedWhole).toBe(true);
      const { packed } = doc;
      for (let i = 0; i < view.length; i++) {
        const p = packedAt(i);
        const [twoBefore, before, here, after] = [packed[p - 2], packed[p - 1], packed[p], packed[p + 1]];
        expect(classWindowKeyOf(before, here, after)).toBe(classWindowKey(doc, i));
        expect(surnameWindowKeyOf(before, here, after)).toBe(surnameWindowKey(doc, i));
        expect(givenNameKeyOf(before, here)).toBe(givenNameKey(doc, i));
        expect(i === 0 ? 0 : surnameBeforeGivenKeyOf(twoBefore, before, here)).toBe(surnameBeforeGivenKey(doc, i));
        expect(transliterationWindowKeyOf(before, here, after)).toBe(transliterationWindowKey(doc, i));
        expect(mayBeInNameOf(here)).toBe(mayBeInName(doc, i));
      }
    }
  });
});
