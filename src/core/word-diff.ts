// Myers' O(ND) difference algorithm over interned tokens. Tokens become small
// integers first, so the inner loop compares numbers in typed arrays; the
// search stops at `maxD` edits and the caller then treats the whole span as
// replaced (a redline of a wholly rewritten provision reads better that way).

export type EditOp = 'equal' | 'insert' | 'delete';

export interface EditRun {
  readonly op: EditOp;
  /** Token range in the old sequence (equal, delete) or the new one (insert). */
  readonly from: number;
  readonly to: number;
}

/** Interns the tokens of both sides into one numbering. */
export function internTokens(a: readonly string[], b: readonly string[]): [Int32Array, Int32Array] {
  const ids = new Map<string, number>();
  const intern = (xs: readonly string[]): Int32Array => {
    const out = new Int32Array(xs.length);
    for (let i = 0; i < xs.length; i++) {
      const t = xs[i]!;
      let id = ids.get(t);
      if (id === undefined) {
        id = ids.size;
        ids.set(t, id);
      }
      out[i] = id;
    }
    return out;
  };
  return [intern(a), intern(b)];
}

/**
 * The shortest edit script turning `a` into `b` as runs, or null when it needs
 * more than `maxD` insertions and deletions.
 */
export function myersDiff(a: Int32Array, b: Int32Array, maxD: number): EditRun[] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxD);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  outer: for (let d = 0; d <= max; d++) {
    // The state before round d, for diagonals -d..d, kept for the walk back.
    trace.push(v.slice(offset - d, offset + d + 1));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break outer;
      }
    }
  }
  if (found < 0) return null;
  // Walk back through the trace, collecting single steps in reverse.
  const ops: EditOp[] = [];
  const at: number[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const vd = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && vd[d + k - 1]! < vd[d + k + 1]!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = vd[d + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      ops.push('equal');
      at.push(x);
    }
    if (down) {
      y--;
      ops.push('insert');
      at.push(y);
    } else {
      x--;
      ops.push('delete');
      at.push(x);
    }
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    ops.push('equal');
    at.push(x);
  }
  // Reverse into runs; deletions before insertions within a change.
  const runs: EditRun[] = [];
  for (let i = ops.length - 1; i >= 0; i--) {
    const op = ops[i]!;
    const pos = at[i]!;
    const last = runs[runs.length - 1];
    if (last && last.op === op && last.to === pos) runs[runs.length - 1] = { op, from: last.from, to: pos + 1 };
    else runs.push({ op, from: pos, to: pos + 1 });
  }
  return runs;
}
