// Finds the line of a field in JSON text, so a validation error can say
// "meta.created (line 7)" instead of leaving the user to search.

export type JsonPath = readonly (string | number)[];

interface Cursor {
  i: number;
  line: number;
}

function skipWs(s: string, c: Cursor): void {
  while (c.i < s.length) {
    const ch = s[c.i];
    if (ch === '\n') c.line++;
    else if (ch !== ' ' && ch !== '\t' && ch !== '\r') return;
    c.i++;
  }
}

function readString(s: string, c: Cursor): string {
  let out = '';
  c.i++; // opening quote
  while (c.i < s.length && s[c.i] !== '"') {
    if (s[c.i] === '\\') {
      out += s[c.i + 1] ?? '';
      c.i += 2;
    } else out += s[c.i++];
  }
  c.i++;
  return out;
}

/** Skips one value; returns false on malformed input. */
function skipValue(s: string, c: Cursor, path: JsonPath, depth: number, found: { line: number | null }): boolean {
  skipWs(s, c);
  if (depth === path.length && found.line === null) found.line = c.line;
  const ch = s[c.i];
  if (ch === '"') {
    readString(s, c);
    return true;
  }
  if (ch === '{' || ch === '[') {
    const obj = ch === '{';
    c.i++;
    let index = 0;
    for (;;) {
      skipWs(s, c);
      if (s[c.i] === (obj ? '}' : ']')) {
        c.i++;
        return true;
      }
      let key: string | number = index;
      if (obj) {
        if (s[c.i] !== '"') return false;
        const keyLine = c.line;
        key = readString(s, c);
        skipWs(s, c);
        if (s[c.i] !== ':') return false;
        c.i++;
        if (depth < path.length && path[depth] === key && depth + 1 === path.length && found.line === null) found.line = keyLine;
      }
      const onPath = depth < path.length && path[depth] === key;
      if (!skipValue(s, c, onPath ? path : [], onPath ? depth + 1 : 0, onPath ? found : { line: null })) return false;
      index++;
      skipWs(s, c);
      if (s[c.i] === ',') c.i++;
    }
  }
  while (c.i < s.length && !/[,}\]\s]/.test(s[c.i]!)) c.i++;
  return true;
}

/** 1-based line of the value at `path`, or null if it cannot be found. */
export function locateJsonPath(text: string, path: JsonPath): number | null {
  const found: { line: number | null } = { line: null };
  if (path.length === 0) return 1;
  skipValue(text, { i: 0, line: 1 }, path, 0, found);
  return found.line;
}

/** Line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < Math.min(offset, text.length); i++) {
    if (text[i] === '\n') {
      line++;
      last = i;
    }
  }
  return { line, column: offset - last };
}
