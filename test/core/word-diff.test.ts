import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { internTokens, myersDiff, type EditRun } from '../../src/core/word-diff';

function apply(runs: readonly EditRun[], a: readonly string[], b: readonly string[]): [string[], string[]] {
  const old: string[] = [];
  const neu: string[] = [];
  for (const r of runs) {
    if (r.op !== 'insert') old.push(...a.slice(r.from, r.to));
    if (r.op === 'equal') neu.push(...a.slice(r.from, r.to));
    if (r.op === 'insert') neu.push(...b.slice(r.from, r.to));
  }
  return [old, neu];
}

/** Edit distance (insertions and deletions only) by dynamic programming. */
function lcsDistance(a: readonly string[], b: readonly string[]): number {
  const dp = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) dp[i]![j] = a[i - 1] === b[j - 1] ? dp[i - 1]![j - 1]! + 1 : Math.max(dp[i - 1]![j]!, dp[i]![j - 1]!);
  return a.length + b.length - 2 * dp[a.length]![b.length]!;
}

const words = fc.array(fc.constantFrom('a', 'b', 'c', 'dan', ' ', ';'), { maxLength: 30 });

describe('myersDiff', () => {
  test('reproduces both sides with a shortest edit script', () => {
    fc.assert(
      fc.property(words, words, (a, b) => {
        const [ia, ib] = internTokens(a, b);
        const runs = myersDiff(ia, ib, 1000)!;
        expect(apply(runs, a, b)).toEqual([a, b]);
        const edits = runs.filter((r) => r.op !== 'equal').reduce((n, r) => n + r.to - r.from, 0);
        expect(edits).toBe(lcsDistance(a, b));
      }),
      { numRuns: 500 },
    );
  });

  test('gives up past the edit limit', () => {
    const [ia, ib] = internTokens(['a', 'b', 'c'], ['x', 'y', 'z']);
    expect(myersDiff(ia, ib, 5)).toBeNull();
    expect(myersDiff(ia, ib, 6)).not.toBeNull();
  });

  test('equal inputs are one run', () => {
    const [ia, ib] = internTokens(['a', 'b'], ['a', 'b']);
    expect(myersDiff(ia, ib, 10)).toEqual([{ op: 'equal', from: 0, to: 2 }]);
  });
});
