// The constant-time tag stack given to htmlparser2's Parser must read exactly as the array it replaces,
// and the Parser must still have the fields it replaces (an htmlparser2 upgrade that renames them would
// silently bring back the quadratic cost on deeply nested pages).
import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { hasConstantTimeStacks, withConstantTimeStacks } from '../src/input/tag-stack.js';

type Op = { kind: 'unshift'; tag: string } | { kind: 'shift' } | { kind: 'indexOf'; tag: string } | { kind: 'read'; at: number } | { kind: 'clear' };

const tag = fc.constantFrom('div', 'p', 'li', 'svg', 'span');
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('unshift' as const), tag }),
  fc.record({ kind: fc.constant('shift' as const) }),
  fc.record({ kind: fc.constant('indexOf' as const), tag }),
  fc.record({ kind: fc.constant('read' as const), at: fc.nat(12) }),
  fc.record({ kind: fc.constant('clear' as const) }),
);

function apply(stack: { length: number; shift(): unknown; unshift(item: string): unknown; indexOf(item: string): number }, step: Op): unknown {
  if (step.kind === 'unshift') return stack.unshift(step.tag);
  if (step.kind === 'shift') return stack.shift();
  if (step.kind === 'indexOf') return stack.indexOf(step.tag);
  if (step.kind === 'read') return (stack as unknown as Record<number, unknown>)[step.at];
  stack.length = 0;
  return stack.length;
}

describe('constant-time tag stack', () => {
  it('reads as the innermost-first array htmlparser2 keeps, for any sequence of operations', () => {
    fc.assert(
      fc.property(fc.array(tag, { maxLength: 5 }), fc.array(op, { maxLength: 60 }), (initial, ops) => {
        const array = [...initial];
        const holder = withConstantTimeStacks({ stack: [...initial], foreignContext: [false] });
        const stack = holder.stack as unknown as typeof array;
        for (const step of ops) {
          expect(apply(stack, step)).toEqual(apply(array, step));
          expect(stack.length).toBe(array.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is what the htmlparser2 Parser in use ends up with', () => {
    expect(hasConstantTimeStacks(new Parser({}))).toBe(false);
    expect(hasConstantTimeStacks(withConstantTimeStacks(new Parser({})))).toBe(true);
  });

  it('parses a page nested 100k elements deep, and svg inside it', () => {
    const deep = '<html><body>' + '<div>'.repeat(100_000) + '<h1>某市召开防汛会议</h1><p>会议要求各部门落实责任。</p></body></html>';
    const article = parseArticle(deep);
    expect(article.title).toBe('某市召开防汛会议');
    expect(article.text).toContain('会议要求各部门落实责任。');
    const foreign = '<html><body><h1>某县举行植树活动</h1>' + '<svg><g>'.repeat(20_000) + '<text>图</text></body><p>活动当天种下树苗三千株。</p></html>';
    expect(parseArticle(foreign).title).toBe('某县举行植树活动');
  });
});
