// Instantiating clause templates into a bill (design sections 3 and 6): each
// Pasal lands in its chapter, the defined terms it needs go to Ketentuan Umum
// once, Penjelasan entries are written, the entry into force stays the last
// Pasal, amendments of existing laws become amendment points in article order,
// and parameters can be changed without the clause counting as edited.
import { beforeAll, describe, expect, test } from 'vitest';
import type { Node } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { loadLibrary } from '../../src/io/library-loader';
import { indexLibrary, type ClauseTemplate, type Library, type LibraryIndex, type TemplatePart } from '../../src/core/library';
import { skeletonBill } from '../../src/core/build';
import { insertTemplate, setClauseParam, termClosure, type InsertOptions } from '../../src/core/instantiate';
import { collectClauses } from '../../src/core/clauses';
import { definedTerms } from '../../src/core/terms';
import { computeNumbering, type Numbering } from '../../src/core/numbering';
import { blocksText, penjelasanBlocks, provisionText, renderText } from '../../src/core/reading';
import { explainedPasalIds } from '../../src/core/penjelasan';
import { readLinks } from '../../src/core/links';
import { schema } from '../../src/core/schema';

let lib: Library;
let idx: LibraryIndex;

beforeAll(async () => {
  lib = await loadLibrary('templates');
  idx = indexLibrary(lib);
});

const MULAI_BERLAKU = 'Undang-Undang ini mulai berlaku pada tanggal diundangkan.';

function template(id: string): ClauseTemplate {
  const t = idx.template(id);
  if (!t) throw new Error(`no template ${id}`);
  return t;
}

interface Inserted {
  readonly doc: Node;
  readonly clause: string;
  readonly inserted: readonly string[];
}

function insert(doc: Node, id: string, options: InsertOptions = {}): Inserted {
  const r = insertTemplate(doc, template(id), idx, options);
  r.tr.doc.check();
  return { doc: r.tr.doc, clause: r.clause, inserted: r.inserted };
}

function insertAll(ids: readonly string[], doc: Node = skeletonBill('Uji')): { doc: Node; byTemplate: Map<string, Inserted> } {
  const byTemplate = new Map<string, Inserted>();
  let cur = doc;
  for (const id of ids) {
    const r = insert(cur, id);
    byTemplate.set(id, r);
    cur = r.doc;
  }
  return { doc: cur, byTemplate };
}

function numberingOf(doc: Node): Numbering {
  return computeNumbering(doc, { lawArticles: (l) => idx.law(l)?.articles });
}

function find(doc: Node, id: string): { node: Node; pos: number } {
  let found: { node: Node; pos: number } | null = null;
  doc.descendants((node, pos) => {
    if (found) return false;
    if (node.attrs.id === id) found = { node, pos };
    return !found;
  });
  if (!found) throw new Error(`no node ${id}`);
  return found;
}

/** The BAB holding a node. */
function babOf(doc: Node, id: string): Node {
  let bab: Node | null = null;
  doc.child(2).forEach((b) => {
    b.descendants((n) => {
      if (n.attrs.id === id) bab = b;
      return !bab;
    });
  });
  if (!bab) throw new Error(`${id} is in no BAB`);
  return bab;
}

/** The Bagian holding a node, if any. */
function bagianTitleOf(doc: Node, id: string): string | null {
  let title: string | null = null;
  doc.descendants((n) => {
    if (n.type.name !== 'bagian') return true;
    n.descendants((c) => {
      if (c.attrs.id === id) title = n.firstChild?.textContent ?? '';
      return title === null;
    });
    return false;
  });
  return title;
}

/** Top-level Pasal of the body (not restated ones), in document order. */
function bodyPasal(doc: Node): Node[] {
  const out: Node[] = [];
  doc.child(2).descendants((n) => {
    if (n.type.name === 'poin') return false;
    if (n.type.name === 'pasal') {
      out.push(n);
      return false;
    }
    return true;
  });
  return out;
}

function babKeys(doc: Node): string[] {
  const keys: string[] = [];
  doc.child(2).forEach((b) => keys.push(String(b.attrs.key)));
  return keys;
}

const pasalParts = (t: ClauseTemplate): Extract<TemplatePart, { chapter: string }>[] => t.parts.filter((p): p is Extract<TemplatePart, { chapter: string }> => 'chapter' in p);

function text(doc: Node, id: string): string {
  return provisionText(find(doc, id).node, [id], { numbering: numberingOf(doc), lib: idx });
}

/** Position at the end of the first text of a node. */
function firstTextEnd(doc: Node, id: string): number {
  const { node, pos } = find(doc, id);
  let at = -1;
  node.descendants((c, p) => {
    if (at < 0 && c.type.name === 'teks') at = pos + 1 + p + 1 + c.content.size;
    return at < 0;
  });
  if (at < 0) throw new Error(`${id} has no text`);
  return at;
}

/** Appends words to the first text of a node. */
function appendToFirstText(doc: Node, id: string, words: string): Node {
  return new Transform(doc).insert(firstTextEnd(doc, id), schema.text(words)).doc;
}

describe('placing Pasal in chapters', () => {
  const ids = ['itikad-baik', 'kepemilikan-akses', 'jasa-keuangan', 'pusat-koordinasi', 'ketentuan-peralihan'];

  test('every Pasal part goes to the chapter it names, in a BAB titled from chapters.yaml', () => {
    const { doc, byTemplate } = insertAll(ids);
    for (const id of ids) {
      const t = template(id);
      const r = byTemplate.get(id)!;
      const parts = pasalParts(t);
      expect(parts.length, id).toBeGreaterThan(0);
      parts.forEach((part, i) => {
        // `inserted` lists the parts' nodes in part order.
        const pasalId = r.inserted[t.parts.indexOf(part)]!;
        expect(find(doc, pasalId).node.type.name).toBe('pasal');
        const bab = babOf(doc, pasalId);
        const chapter = idx.chapter(part.chapter)!;
        expect({ template: id, part: i, key: bab.attrs.key, role: bab.attrs.role, title: bab.firstChild?.textContent }).toEqual({ template: id, part: i, key: chapter.key, role: chapter.role, title: chapter.title });
        if (part.bagian) expect(bagianTitleOf(doc, pasalId)).toBe(part.bagian);
      });
    }
  });

  test('chapters are created in the order of chapters.yaml, whatever the order of insertion', () => {
    const order = lib.chapters.map((c) => c.key);
    const forward = insertAll(ids).doc;
    const backward = insertAll([...ids].reverse()).doc;
    const keys = babKeys(forward);
    expect(keys).toEqual(babKeys(backward));
    expect(keys).toEqual([...keys].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(keys).toEqual(['ketentuan-umum', 'larangan', 'kewajiban-penyelenggara', 'pelaporan', 'kelembagaan', 'perubahan', 'ketentuan-pidana', 'ketentuan-peralihan', 'ketentuan-penutup']);
    const labels = computeNumbering(forward);
    const babLabels: string[] = [];
    forward.child(2).forEach((b) => babLabels.push(labels.byId.get(String(b.attrs.id))!.label));
    expect(babLabels).toEqual(['BAB I', 'BAB II', 'BAB III', 'BAB IV', 'BAB V', 'BAB VI', 'BAB VII', 'BAB VIII', 'BAB IX']);
  });

  test('a second clause for an existing chapter joins that BAB after its Pasal; no second BAB is made', () => {
    const { doc, byTemplate } = insertAll(['itikad-baik', 'pelaporan-wajib']);
    expect(babKeys(doc).filter((k) => k === 'pelaporan')).toHaveLength(1);
    const pelaporan = bodyPasal(doc).filter((p) => babOf(doc, String(p.attrs.id)).attrs.key === 'pelaporan');
    const first = byTemplate.get('itikad-baik')!.inserted.slice(0, 3);
    const wajibParts = pasalParts(template('pelaporan-wajib')).filter((p) => p.chapter === 'pelaporan');
    expect(pelaporan.map((p) => p.attrs.id).slice(0, 3)).toEqual(first);
    expect(pelaporan).toHaveLength(3 + wajibParts.length);
    expect(pelaporan.slice(3).every((p) => p.attrs.template === 'pelaporan-wajib')).toBe(true);
  });

  /** Names of inserted nodes, "template:part-key", for readable failures. */
  function names(...results: [string, Inserted][]): Map<string, string> {
    const out = new Map<string, string>();
    for (const [id, r] of results) template(id).parts.forEach((part, i) => out.set(r.inserted[i]!, `${id}:${part.key}`));
    return out;
  }

  test('`after` puts the new Pasal right after a chosen Pasal of the same chapter, in the template\'s order', () => {
    const base = insert(skeletonBill('Uji'), 'itikad-baik');
    const first = find(base.doc, base.inserted[0]!);
    const r = insert(base.doc, 'pelaporan-wajib', { after: first.pos + first.node.nodeSize });
    const named = names(['itikad-baik', base], ['pelaporan-wajib', r]);
    const order = bodyPasal(r.doc).map((p) => named.get(String(p.attrs.id)) ?? 'other');
    // pelaporan-wajib has three Pasal for BAB PELAPORAN and one for Ketentuan Pidana.
    const at = order.indexOf('itikad-baik:pelindungan');
    expect(order.slice(at, at + 5)).toEqual(['itikad-baik:pelindungan', 'pelaporan-wajib:kewajiban', 'pelaporan-wajib:pelindungan-pelapor', 'pelaporan-wajib:pelatihan', 'itikad-baik:korban-pelapor']);
  });

  test('`after` still holds when an earlier part of the template went to an earlier chapter', () => {
    // produksi-materi: a prohibition in BAB LARANGAN, then its penalty in BAB KETENTUAN PIDANA.
    const { doc, byTemplate } = insertAll(['kepemilikan-akses', 'siaran-langsung']);
    const kepemilikan = byTemplate.get('kepemilikan-akses')!;
    const target = find(doc, kepemilikan.inserted[1]!);
    expect(babOf(doc, String(target.node.attrs.id)).attrs.key).toBe('ketentuan-pidana');
    const r = insert(doc, 'produksi-materi', { after: target.pos + target.node.nodeSize });
    const named = names(['kepemilikan-akses', kepemilikan], ['siaran-langsung', byTemplate.get('siaran-langsung')!], ['produksi-materi', r]);
    const pidana = bodyPasal(r.doc).filter((p) => babOf(r.doc, String(p.attrs.id)).attrs.key === 'ketentuan-pidana').map((p) => named.get(String(p.attrs.id)) ?? 'other');
    const larangan = bodyPasal(r.doc).filter((p) => babOf(r.doc, String(p.attrs.id)).attrs.key === 'larangan').map((p) => named.get(String(p.attrs.id)) ?? 'other');
    expect(larangan).toEqual(['kepemilikan-akses:larangan', 'siaran-langsung:larangan', 'produksi-materi:larangan']);
    expect(pidana).toEqual(['kepemilikan-akses:pidana', 'produksi-materi:pidana', 'siaran-langsung:pidana']);
  });

  test('every inserted Pasal carries the clause provenance and a hash of its text', () => {
    const r = insert(skeletonBill('Uji'), 'itikad-baik');
    for (const id of r.inserted) {
      const n = find(r.doc, id).node;
      expect(n.attrs).toMatchObject({ clause: r.clause, template: 'itikad-baik', templateVersion: template('itikad-baik').version });
      expect(n.attrs.hash).toMatch(/^[0-9a-f]{8}$/);
    }
    const [instance] = collectClauses(r.doc);
    expect(instance).toMatchObject({ clause: r.clause, template: 'itikad-baik', modified: false, params: { jamLapor: 24 } });
  });
});

describe('defined terms in Ketentuan Umum', () => {
  test('a template adds the terms it needs, and the terms their definitions use, replacing the placeholder', () => {
    const base = skeletonBill('Uji');
    expect(definedTerms(base).map((d) => d.term)).toEqual(['…']);
    const r = insert(base, 'kepemilikan-akses');
    const terms = definedTerms(r.doc).map((d) => d.term);
    for (const t of template('kepemilikan-akses').terms) expect(terms).toContain(t);
    expect(terms).toEqual(termClosure(template('kepemilikan-akses').terms, idx));
    // "Materi KESA" is defined in terms of "Anak" and "Sistem Elektronik", which use "Informasi Elektronik".
    expect(terms).toContain('Informasi Elektronik');
    const ku = bodyPasal(r.doc)[0]!;
    expect(ku.firstChild?.textContent).toBe('Dalam Undang-Undang ini yang dimaksud dengan:');
    expect(ku.textContent).not.toContain('… adalah ….');
  });

  test('a term two templates need is defined once, in glossary order', () => {
    const a = template('itikad-baik');
    const b = template('kepemilikan-akses');
    const shared = a.terms.filter((t) => b.terms.includes(t));
    expect(shared).toEqual(expect.arrayContaining(['Setiap Orang', 'Materi Kekerasan dan Eksploitasi Seksual Anak']));
    for (const order of [['itikad-baik', 'kepemilikan-akses'], ['kepemilikan-akses', 'itikad-baik'], ['kepemilikan-akses', 'itikad-baik', 'kepemilikan-akses']]) {
      const { doc } = insertAll(order);
      const terms = definedTerms(doc).map((d) => d.term);
      expect(new Set(terms).size, order.join(' + ')).toBe(terms.length);
      expect(terms).toEqual(termClosure([...a.terms, ...b.terms], idx));
      const glossary = lib.terms.map((t) => t.term);
      expect(terms).toEqual([...terms].sort((x, y) => glossary.indexOf(x) - glossary.indexOf(y)));
    }
  });

  test('the definitions are numbered 1, 2, 3 ... in Pasal 1', () => {
    const { doc } = insertAll(['itikad-baik', 'kepemilikan-akses']);
    const numbering = numberingOf(doc);
    const ku = bodyPasal(doc)[0]!;
    expect(numbering.byId.get(String(ku.attrs.id))?.label).toBe('Pasal 1');
    const labels: string[] = [];
    ku.forEach((c) => {
      if (c.type.name === 'angka') labels.push(numbering.byId.get(String(c.attrs.id))!.label);
    });
    expect(labels).toEqual(Array.from({ length: definedTerms(doc).length }, (_, i) => `${i + 1}.`));
  });
});

describe('Penjelasan', () => {
  test('one entry per Pasal, in body order, with the template\'s explanations and "Cukup jelas." elsewhere', () => {
    const r = insert(skeletonBill('Uji'), 'itikad-baik');
    const entries: Node[] = [];
    r.doc.child(4).child(1).forEach((e) => entries.push(e));
    expect(entries.map((e) => e.attrs.target)).toEqual(explainedPasalIds(r.doc));
    expect(entries).toHaveLength(bodyPasal(r.doc).length);

    const pelindungan = find(r.doc, r.inserted[0]!).node;
    const entry = entries.find((e) => e.attrs.target === pelindungan.attrs.id)!;
    const ayat: string[] = [];
    pelindungan.forEach((c) => {
      if (c.type.name === 'ayat') ayat.push(String(c.attrs.id));
    });
    const butir: Node[] = [];
    entry.forEach((c) => butir.push(c));
    expect(butir.map((b) => b.attrs.target)).toEqual(ayat);
    expect(butir[0]!.textContent).toMatch(/^Yang dimaksud dengan "iktikad baik" adalah /);
    expect(butir[1]!.textContent).toMatch(/^Yang dimaksud dengan "atas prakarsa sendiri" adalah /);
    expect(butir[2]!.textContent).toBe('Cukup jelas.');

    // Pasal the template does not explain: Ketentuan Umum and the entry into force.
    const ku = entries[0]!;
    expect(ku.textContent).toBe('Cukup jelas.');
    expect(entries[entries.length - 1]!.textContent).toBe('Cukup jelas.');
  });

  test('the printed Penjelasan follows the current Pasal numbers', () => {
    const r = insert(skeletonBill('Uji'), 'itikad-baik');
    const printed = blocksText(penjelasanBlocks(r.doc, { numbering: numberingOf(r.doc), lib: idx }));
    expect(printed).toMatch(/Pasal 2\n\s+Ayat \(1\)\n\s+Yang dimaksud dengan "iktikad baik"/);
    expect(printed).toMatch(/Pasal 6\n\s+Cukup jelas\.\n*\s*TAMBAHAN/);
  });
});

describe('Ketentuan Penutup', () => {
  function penutup(doc: Node): Node[] {
    return bodyPasal(doc).filter((p) => babOf(doc, String(p.attrs.id)).attrs.role === 'ketentuan-penutup');
  }

  test('"mulai berlaku" stays the last Pasal of the bill when Pasal are added to Ketentuan Penutup', () => {
    const r = insert(skeletonBill('Uji'), 'ketentuan-penutup');
    const pasal = penutup(r.doc);
    expect(pasal.map((p) => p.attrs.id)).toEqual([...r.inserted, pasal[2]!.attrs.id]);
    expect(pasal[2]!.textContent).toBe(MULAI_BERLAKU);
    const all = bodyPasal(r.doc);
    expect(all[all.length - 1]!.textContent).toBe(MULAI_BERLAKU);
    expect(text(r.doc, r.inserted[0]!)).toBe('Pusat Koordinasi mulai melaksanakan tugasnya paling lama 12 (dua belas) bulan terhitung sejak Undang-Undang ini diundangkan.');
  });

  test('even when asked to insert after it', () => {
    const base = skeletonBill('Uji');
    const last = bodyPasal(base).at(-1)!;
    const { node, pos } = find(base, String(last.attrs.id));
    const r = insert(base, 'ketentuan-penutup', { after: pos + node.nodeSize });
    const pasal = penutup(r.doc);
    expect(pasal.at(-1)!.textContent).toBe(MULAI_BERLAKU);
    expect(pasal.slice(0, 2).map((p) => p.attrs.id)).toEqual(r.inserted);
  });

  test('and when other chapters are added before it', () => {
    const { doc } = insertAll(['ketentuan-penutup', 'itikad-baik', 'ketentuan-peralihan']);
    expect(babKeys(doc).at(-1)).toBe('ketentuan-penutup');
    expect(bodyPasal(doc).at(-1)!.textContent).toBe(MULAI_BERLAKU);
  });
});

describe('amendments of existing laws', () => {
  test('a template that amends a law produces amendment points in the amending Pasal of that law', () => {
    const t = template('kepemilikan-akses');
    const amends = t.parts.filter((p) => 'amends' in p);
    expect(amends.map((p) => ('amends' in p ? `${p.amends.law} ${p.amends.article}` : ''))).toEqual(['UU-44-2008 Pasal 5', 'UU-44-2008 Pasal 6']);
    const r = insert(skeletonBill('Uji'), 'kepemilikan-akses');
    const points = r.inserted.slice(2).map((id) => find(r.doc, id).node);
    expect(points.map((p) => p.type.name)).toEqual(['poin', 'poin']);
    for (const p of points) expect(p.attrs).toMatchObject({ clause: r.clause, template: 'kepemilikan-akses' });
    expect(points.map((p) => readLinks(p.firstChild?.attrs.links))).toEqual([[{ op: 'amends', law: 'UU-44-2008', article: 'Pasal 5' }], [{ op: 'amends', law: 'UU-44-2008', article: 'Pasal 6' }]]);

    const amending = bodyPasal(r.doc).filter((p) => p.firstChild?.type.name === 'poin');
    expect(amending).toHaveLength(1);
    expect(amending[0]!.attrs.law).toBe('UU-44-2008');
    expect(babOf(r.doc, String(amending[0]!.attrs.id)).attrs.key).toBe('perubahan');

    const numbering = numberingOf(r.doc);
    expect(numbering.problems).toEqual([]);
    // The restated Pasal keep the amended law's numbers; the amending Pasal takes the bill's next one.
    expect(points.map((p) => numbering.byId.get(String(p.firstChild!.attrs.id))?.label)).toEqual(['Pasal 5', 'Pasal 6']);
    expect(bodyPasal(r.doc).map((p) => numbering.byId.get(String(p.attrs.id))?.label)).toEqual(['Pasal 1', 'Pasal 2', 'Pasal 3', 'Pasal 4', 'Pasal 5']);

    const printed = renderText(r.doc, { numbering, lib: idx });
    expect(printed).toContain('BAB III\nPERUBAHAN ATAS UNDANG-UNDANG TERKAIT\n\nPasal 3\nBeberapa ketentuan dalam Undang-Undang Nomor 44 Tahun 2008 tentang Pornografi (Lembaran Negara Republik Indonesia Tahun 2008 Nomor 181, Tambahan Lembaran Negara Republik Indonesia Nomor 4928) diubah sebagai berikut:\n');
    expect(printed).toContain('1. Ketentuan Pasal 5 diubah sehingga berbunyi sebagai berikut:\n   Pasal 5\n   Setiap orang dilarang meminjamkan atau mengunduh pornografi');
    expect(printed).toContain('2. Ketentuan Pasal 6 diubah sehingga berbunyi sebagai berikut:\n   Pasal 6\n   Setiap orang dilarang memperdengarkan');
  });

  test('points of the same law from several templates share one amending Pasal, in article order', () => {
    const { doc } = insertAll(['persetujuan-anak', 'kepemilikan-akses', 'materi-kesa']);
    const amending = bodyPasal(doc).filter((p) => p.firstChild?.type.name === 'poin');
    expect(amending.map((p) => p.attrs.law)).toEqual(['UU-44-2008']);
    const articles: string[] = [];
    const templates: string[] = [];
    amending[0]!.forEach((point) => {
      articles.push(readLinks(point.firstChild?.attrs.links).map((l) => ('article' in l ? l.article : ''))[0] ?? '');
      templates.push(String(point.attrs.template));
    });
    expect(articles).toEqual(['Pasal 4', 'Pasal 5', 'Pasal 6', 'Pasal 8']);
    expect(templates).toEqual(['materi-kesa', 'kepemilikan-akses', 'kepemilikan-akses', 'persetujuan-anak']);
    const printed = renderText(doc, { numbering: numberingOf(doc), lib: idx });
    expect(printed).toMatch(/1\. Ketentuan ayat \(1\) Pasal 4 diubah dan ditambah 1 \(satu\) ayat, yakni ayat \(3\) sehingga Pasal 4 berbunyi sebagai berikut:[\s\S]*2\. Ketentuan Pasal 5 diubah[\s\S]*3\. Ketentuan Pasal 6 diubah[\s\S]*4\. Ketentuan Pasal 8 diubah sehingga berbunyi sebagai berikut:/);
  });

  test('a single point of another law reads in the one-point form, naming the law in the instruction', () => {
    const { doc } = insertAll(['kepemilikan-akses', 'klasifikasi-tpks']);
    const amending = bodyPasal(doc).filter((p) => p.firstChild?.type.name === 'poin');
    expect(amending.map((p) => p.attrs.law)).toEqual(['UU-44-2008', 'UU-12-2022']);
    const printed = renderText(doc, { numbering: numberingOf(doc), lib: idx });
    expect(printed).toMatch(/\nKetentuan ayat \(2\) Pasal 4 dalam Undang-Undang Nomor 12 Tahun 2022 tentang Tindak Pidana Kekerasan Seksual \(Lembaran Negara[^)]*\) diubah sehingga berbunyi sebagai berikut:\nPasal 4\n\(1\) Tindak Pidana Kekerasan Seksual terdiri atas:\n/);
  });

  test('repealing an ayat restates the Pasal with "Dihapus." in its place (Lampiran II item 236)', () => {
    const { doc } = insertAll(['penyelarasan-ketentuan-anak']);
    const printed = renderText(doc, { numbering: numberingOf(doc), lib: idx });
    expect(printed).toMatch(/Pasal 52 ayat \(1\) dalam Undang-Undang Nomor 11 Tahun 2008 [^\n]* dihapus sehingga Pasal 52 berbunyi sebagai berikut:\n\s*Pasal 52\n\s*\(1\) Dihapus\.\n\s*\(2\) Dalam hal perbuatan sebagaimana dimaksud dalam Pasal 30/);
    expect(printed).not.toContain('Ketentuan ayat (1) Pasal 52 dihapus.');
  });

  test('amending Pasal get "Cukup jelas." entries; the restated Pasal get none of their own', () => {
    const r = insert(skeletonBill('Uji'), 'kepemilikan-akses');
    const targets: string[] = [];
    r.doc.child(4).child(1).forEach((e) => targets.push(String(e.attrs.target)));
    const restated = r.inserted.slice(2).map((id) => String(find(r.doc, id).node.firstChild!.attrs.id));
    for (const id of restated) expect(targets).not.toContain(id);
    expect(targets).toEqual(bodyPasal(r.doc).map((p) => String(p.attrs.id)));
  });
});

describe('setting a parameter', () => {
  test('changes the slot text and does not flag the clause modified; editing the text does', () => {
    const r = insert(skeletonBill('Uji'), 'itikad-baik');
    const before = collectClauses(r.doc)[0]!;
    const doc = setClauseParam(r.doc, r.clause, 'jamLapor', 48).doc;
    const pelindungan = text(doc, r.inserted[0]!);
    expect(pelindungan).toContain('paling lambat 48 (empat puluh delapan) jam sejak');
    expect(pelindungan).not.toContain('24 (dua puluh empat) jam');
    const after = collectClauses(doc)[0]!;
    expect(after).toMatchObject({ clause: r.clause, modified: false, params: { jamLapor: 48 } });
    expect(after.textHash).toBe(before.textHash);

    const edited = appendToFirstText(doc, r.inserted[0]!, ' Tambahan.');
    const changed = collectClauses(edited)[0]!;
    expect(changed.modified).toBe(true);
    expect(changed.textHash).not.toBe(before.textHash);
    expect(changed.params).toEqual({ jamLapor: 48 });
  });

  test('changing a parameter back to its value leaves the clause unmodified; a text edit reverted is unmodified again', () => {
    const r = insert(skeletonBill('Uji'), 'itikad-baik');
    const round = setClauseParam(setClauseParam(r.doc, r.clause, 'jamLapor', 12).doc, r.clause, 'jamLapor', 24).doc;
    expect(collectClauses(round)[0]).toMatchObject({ modified: false, params: { jamLapor: 24 } });
    expect(round.eq(r.doc)).toBe(true);
    const edited = appendToFirstText(r.doc, r.inserted[0]!, ' Tambahan.');
    expect(collectClauses(edited)[0]!.modified).toBe(true);
    const textEnd = firstTextEnd(edited, r.inserted[0]!);
    expect(edited.textBetween(textEnd - ' Tambahan.'.length, textEnd)).toBe(' Tambahan.');
    const reverted = new Transform(edited).delete(textEnd - ' Tambahan.'.length, textEnd).doc;
    expect(collectClauses(reverted)[0]!.modified).toBe(false);
  });

  test('only the named clause changes, even when another clause has a parameter of the same name', () => {
    const a = insert(skeletonBill('Uji'), 'itikad-baik');
    const b = insert(a.doc, 'pelaporan-wajib');
    expect(template('pelaporan-wajib').params.map((p) => p.name)).toContain('jamLapor');
    const doc = setClauseParam(b.doc, a.clause, 'jamLapor', 12).doc;
    const byClause = new Map(collectClauses(doc).map((c) => [c.clause, c]));
    expect(byClause.get(a.clause)!.params.jamLapor).toBe(12);
    expect(byClause.get(b.clause)!.params.jamLapor).toBe(template('pelaporan-wajib').params.find((p) => p.name === 'jamLapor')!.default);
    expect([...byClause.values()].every((c) => !c.modified)).toBe(true);
  });

  test('a parameter used in several parts changes in every part', () => {
    const t = template('kepemilikan-akses');
    const r = insert(skeletonBill('Uji'), t.id);
    const doc = setClauseParam(r.doc, r.clause, 'denda', 7).doc;
    expect(text(doc, r.inserted[1]!)).toContain('huruf a dan huruf b dipidana dengan pidana penjara paling lama 10 (sepuluh) tahun dan/atau pidana denda paling banyak kategori VII.');
    expect(collectClauses(doc)[0]).toMatchObject({ modified: false });
  });
});
