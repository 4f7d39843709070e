// Article paths of existing law as the corpus writes them: "Pasal 1 angka 8",
// "Pasal 27 ayat (1)", "Pasal 45 ayat (1) dan ayat (2)", "Penjelasan Pasal 4 ayat (1)".

export interface ArticleUnit {
  readonly unit: 'ayat' | 'huruf' | 'angka';
  readonly num: string;
}

export interface ArticlePath {
  readonly penjelasan: boolean;
  /** Pasal number as written ("27", "76E", "II"). */
  readonly pasal: string;
  /** Units below the Pasal, outermost first; several alternatives joined by "dan" are listed in `also`. */
  readonly units: readonly ArticleUnit[];
  /** Further units named with "dan" ("ayat (1) dan ayat (2)" -> also = [[ayat 2]]). */
  readonly also: readonly (readonly ArticleUnit[])[];
  /** Text after the path that is not a unit ("(kutipan huruf n, q, r, t)"). */
  readonly remark: string;
}

const UNIT_RE = /^\s*(ayat \((\d+[a-z]?)\)|huruf ([a-z]{1,2})|angka (\d+[a-z]?))/;

function parseUnits(rest: string): { units: ArticleUnit[]; rest: string } {
  const units: ArticleUnit[] = [];
  let s = rest;
  for (;;) {
    const m = UNIT_RE.exec(s);
    if (!m) break;
    if (m[2] !== undefined) units.push({ unit: 'ayat', num: m[2] });
    else if (m[3] !== undefined) units.push({ unit: 'huruf', num: m[3] });
    else if (m[4] !== undefined) units.push({ unit: 'angka', num: m[4] });
    s = s.slice(m[0].length);
  }
  return { units, rest: s };
}

/** Parses an article path; null when the text names no Pasal (e.g. a summary entry). */
export function parseArticle(article: string): ArticlePath | null {
  const m = /^(Penjelasan )?Pasal (\d+[A-Z]?|[IVXLC]+)\b(.*)$/.exec(article.trim());
  if (!m) return null;
  const first = parseUnits(m[3] ?? '');
  const also: ArticleUnit[][] = [];
  let rest = first.rest;
  for (;;) {
    const dan = /^\s*(?:,|dan)\s*/.exec(rest);
    if (!dan || dan[0].length === 0) break;
    const more = parseUnits(rest.slice(dan[0].length));
    if (more.units.length === 0) break;
    also.push(more.units);
    rest = more.rest;
  }
  return { penjelasan: m[1] !== undefined, pasal: m[2]!, units: first.units, also, remark: rest.trim() };
}

/** Numeric part and letter suffix of a unit number: "76E" -> [76, "E"], "2a" -> [2, "a"]. */
export function splitNumber(num: string): { base: number; suffix: string } {
  const m = /^(\d+)([A-Za-z]*)$/.exec(num);
  if (!m) return { base: NaN, suffix: '' };
  return { base: Number(m[1]), suffix: m[2] ?? '' };
}

/** The number after `num` in insertion order: "4" -> "4A", "4A" -> "4B", "1" (lower) -> "1a". */
export function nextInsertedNumber(num: string, lower: boolean): string {
  const { base, suffix } = splitNumber(num);
  if (Number.isNaN(base)) {
    // Roman numbers of BAB: "IX" -> "IXA", "IXA" -> "IXB".
    const rm = /^([IVXLCDM]+)([A-Z]?)$/.exec(num);
    if (!rm) return `${num}${lower ? 'a' : 'A'}`;
    return rm[2] ? `${rm[1]}${String.fromCharCode(rm[2].charCodeAt(0) + 1)}` : `${rm[1]}A`;
  }
  if (!suffix) return `${base}${lower ? 'a' : 'A'}`;
  const last = suffix.charCodeAt(suffix.length - 1);
  return `${base}${suffix.slice(0, -1)}${String.fromCharCode(last + 1)}`;
}
