// Hostile input: time must grow linearly with size. Each case is run at 1× and 10× its size; a quadratic
// step would show as ~100× the time, so anything above 30× fails (generous for a shared 2-core machine).
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

function timeOf(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

function scalesLinearly(make: (units: number) => string, units: number): void {
  parseArticle(make(units)); // warm caches and the segmenter
  const small = Math.max(timeOf(() => parseArticle(make(units))), 5);
  const large = timeOf(() => parseArticle(make(units * 10)));
  expect(large / small).toBeLessThan(30);
}

const names = ['王建国', '李小红', '乌力吉', '张伟', '欧阳明远'];

describe('hostile input stays linear', () => {
  it('a long list of 、-joined names after a title', () => {
    scalesLinearly((n) => '标题\n省领导' + Array.from({ length: n }, (_, i) => names[i % names.length]).join('、') + '参加。', 2000);
  });

  it('a run of 年年年 and of digits', () => {
    scalesLinearly((n) => '标题\n' + '年'.repeat(n) + '\n' + '2'.repeat(n) + '年', 5000);
  });

  it('one long line of Han text without punctuation', () => {
    scalesLinearly((n) => '标题\n' + '北京市委书记市长自治区党委'.repeat(n), 1000);
  });

  it('deeply nested HTML and many paragraphs', () => {
    scalesLinearly((n) => '<html><body>' + '<div>'.repeat(n) + '<p>正文。</p>'.repeat(n) + '</body></html>', 1000);
  });

  it('NUL bytes, lone surrogates and unterminated markup', () => {
    const article = parseArticle('某市召开安全生产会议\n正文\u0000里有\ud800孤立的代理项。\n<!-- 未结束的注释 <script>var x =');
    expect(article.title).toBe('某市召开安全生产会议');
    expect(() => parseArticle('<html><body><p>正文<script>while(true){')).not.toThrow();
  });
});
