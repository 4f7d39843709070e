// Drafting-rule findings: each names its rule (R-number of drafting-rules.md),
// where it is in the bill, and what to do.
import type { Numbering } from '../numbering';

export type Severity = 'error' | 'warning';

export interface Finding {
  /** Rule number, e.g. "R47". */
  readonly rule: string;
  readonly severity: Severity;
  /** Where, as a drafter says it: "Pasal 5 ayat (2) huruf a", "Menimbang huruf d", "Penjelasan Pasal 3". */
  readonly at: string;
  readonly message: string;
  /** Id of the provision the finding is about (for jumping and marks). */
  readonly nodeId?: string;
  /** Document range of the offending text, when known. */
  readonly from?: number;
  readonly to?: number;
}

const UNIT_WORD: Readonly<Record<string, string>> = {
  ayat: 'ayat',
  huruf: 'huruf',
  angka: 'angka',
  hurufKurung: 'huruf',
  angkaKurung: 'angka',
  poin: 'angka',
};

/** "Pasal 5 ayat (2) huruf a" for a provision id. */
export function locate(id: string | undefined, numbering: Numbering): string {
  if (!id) return 'dokumen';
  const parts: string[] = [];
  let cur = numbering.byId.get(id);
  while (cur) {
    if (cur.kind === 'pertimbangan') parts.unshift(cur.num ? `Menimbang huruf ${cur.num}` : 'Menimbang');
    else if (cur.kind === 'dasarHukumButir') parts.unshift(cur.num ? `Mengingat angka ${cur.num}` : 'Mengingat');
    else if (cur.kind === 'pasal' || cur.kind === 'bab' || cur.kind === 'bagian' || cur.kind === 'paragraf') {
      parts.unshift(cur.label);
      if (!cur.restated) break;
    } else if (cur.kind === 'ayat') parts.unshift(`ayat (${cur.num})`);
    else if (UNIT_WORD[cur.kind] && cur.num) parts.unshift(`${UNIT_WORD[cur.kind]} ${cur.num}`);
    cur = cur.parent ? numbering.byId.get(cur.parent) : undefined;
  }
  return parts.join(' ') || 'dokumen';
}
