// The per-text Simplified → Traditional converter (src/normalize/traditional.ts) must write exactly what
// opencc-js's full cn → tw converter writes: on sentences of our own and every slice of them, and on every
// word of the place and organisation vocabularies (the words the entity engine composes on Traditional pages).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { toTaiwanTraditional } from '../src/normalize/traditional.js';
import { toTraditional } from '../src/normalize/index.js';

const full = OpenCC.Converter({ from: 'cn', to: 'tw' });

const SENTENCES = [
  '市政府发布了关于进一步优化营商环境的若干措施，涉及税收、金融和人才三个方面。',
  '他在面试中谈到，自己的头发里藏着一根白发，于是干脆剃了光头。',
  '马里兰州与台湾的大学签署了合作协议，计划互派留学生。',
  '这里的面条和饺子都很有名，游客常常排队一个多小时。',
  '公司向后台系统里添加了新的数据库，系统响应速度提升了一倍。',
  '乾隆年间修建的寺庙于去年完成了修复，钟声再次响起。',
  '制造业采购经理指数回升至荣枯线以上，显示经济复苏势头。',
  '县委常委、宣传部部长出席了庆祝活动并致辞。',
];

const vocabulary = (file: string) =>
  readFileSync(join(import.meta.dirname, '..', 'dict', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t')[0]);

describe('the per-text Simplified → Traditional converter', () => {
  it("writes opencc-js's cn → tw result on whole sentences and on every slice of them", () => {
    for (const sentence of SENTENCES) {
      expect(toTaiwanTraditional(sentence)).toBe(full(sentence));
      for (let start = 0; start < sentence.length; start += 2) {
        for (const length of [2, 3, 5, 8]) {
          const slice = sentence.slice(start, start + length);
          expect(toTaiwanTraditional(slice), slice).toBe(full(slice));
        }
      }
    }
  });

  it('writes every place and organisation word as the full converter does', () => {
    const words = [...vocabulary('places.txt'), ...vocabulary('org-words.txt'), ...vocabulary('title-heads.txt')];
    expect(words.length).toBeGreaterThan(1000);
    const differing = words.filter((word) => toTaiwanTraditional(word) !== full(word));
    expect(differing).toEqual([]);
  });

  it('keeps toTraditional length-preserving on long and short text alike', () => {
    const long = SENTENCES.join('');
    expect(toTraditional(long)).toHaveLength(long.length);
    expect(toTraditional(SENTENCES[2])).toBe(full(SENTENCES[2]));
  });
});
