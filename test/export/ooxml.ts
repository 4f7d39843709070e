// Reading DOCX back in tests: unzip, and a small tokenizer for the parts of
// WordprocessingML the exports write (paragraphs, runs, tracked changes).
import { unzipSync, strFromU8 } from 'fflate';

export function unzip(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes);
  return new Map(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

export interface Run {
  readonly text: string;
  readonly kind: 'normal' | 'ins' | 'del';
}

export interface Para {
  readonly style: string | null;
  /** The paragraph mark is a tracked insertion or deletion. */
  readonly mark: 'normal' | 'ins' | 'del';
  readonly runs: readonly Run[];
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Paragraphs of document.xml with their runs and tracked-change state. */
export function paragraphs(xml: string): Para[] {
  const out: Para[] = [];
  const body = xml.slice(xml.indexOf('<w:body>'));
  const re = /<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g;
  for (const m of body.match(re) ?? []) {
    const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(m)?.[1] ?? '';
    const style = /<w:pStyle w:val="([^"]+)"/.exec(pPr)?.[1] ?? null;
    const rPr = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(pPr)?.[1] ?? '';
    const mark = /<w:ins\b/.test(rPr) ? 'ins' : /<w:del\b/.test(rPr) ? 'del' : 'normal';
    const content = m.replace(/<w:pPr>[\s\S]*?<\/w:pPr>/, '');
    const runs: Run[] = [];
    const tok = /<w:ins\b[^>]*>|<\/w:ins>|<w:del\b[^>]*>|<\/w:del>|<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:delText(?:\s[^>]*)?>([\s\S]*?)<\/w:delText>|<w:tab\/>/g;
    let state: Run['kind'] = 'normal';
    for (const t of content.matchAll(tok)) {
      if (t[0].startsWith('<w:ins')) state = 'ins';
      else if (t[0].startsWith('<w:del') && !t[0].startsWith('<w:delText')) state = 'del';
      else if (t[0] === '</w:ins>' || t[0] === '</w:del>') state = 'normal';
      else if (t[0] === '<w:tab/>') runs.push({ text: '\t', kind: state });
      else if (t[1] !== undefined) runs.push({ text: decode(t[1]), kind: state });
      else if (t[2] !== undefined) runs.push({ text: decode(t[2]), kind: state === 'normal' ? 'del' : state });
    }
    out.push({ style, mark, runs });
  }
  return out;
}

/**
 * Text of a run of paragraphs after Accept All (insertions kept, deletions
 * dropped, a deleted paragraph mark joins its paragraph to the next) or
 * Reject All (the reverse).
 */
export function resolve(paras: readonly Para[], how: 'accept' | 'reject'): string {
  const drop = how === 'accept' ? 'del' : 'ins';
  let out = '';
  paras.forEach((p, i) => {
    out += p.runs.filter((r) => r.kind !== drop).map((r) => r.text).join('');
    if (i < paras.length - 1 && p.mark !== drop) out += '\n';
  });
  return out;
}
