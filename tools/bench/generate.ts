// A generator of large, realistic bills for the benchmark: every clause
// template of the library (linked ones several times, for about 40 clauses
// linked to existing law), then generated chapters of Pasal with ayat, huruf,
// cross-references and Penjelasan until the bill holds `pasal` Pasal (about
// 70,000 words for 600).
import type { Node } from 'prosemirror-model';
import { ayat, bab, bagian, bill, dasarHukumButir, huruf, pasal, pertimbangan, rujukan, teks } from '../../src/core/build';
import type { LibraryIndex } from '../../src/core/library';
import { insertTemplate } from '../../src/core/instantiate';
import { schema } from '../../src/core/schema';
import { syncPenjelasan } from '../../src/core/penjelasan';
import { Transform } from 'prosemirror-transform';

/** Deterministic random numbers (mulberry32). */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = ['Setiap Orang', 'Penyelenggara Sistem Elektronik', 'Penyedia Layanan Perantara', 'Penyedia Jasa Keuangan', 'Pemerintah Pusat', 'Pemerintah Daerah', 'Pusat Koordinasi', 'LPSK'];
const VERBS = ['wajib menyelenggarakan', 'wajib menyediakan', 'dilarang menyebarluaskan', 'berwenang menetapkan', 'wajib melaporkan', 'dapat menyelenggarakan', 'wajib memastikan', 'wajib menyimpan'];
const OBJECTS = ['layanan pelindungan Anak secara daring', 'data dan informasi mengenai KESAD', 'mekanisme pengaduan yang mudah diakses oleh Anak', 'pelatihan bagi petugas yang menangani Korban', 'sistem pendeteksian Materi KESA', 'laporan berkala mengenai pelaksanaan kewajiban', 'rencana pemulihan bagi Korban', 'kerja sama dengan lembaga terkait'];
const TAILS = ['sesuai dengan ketentuan peraturan perundang-undangan', 'dengan memperhatikan kepentingan terbaik bagi Anak', 'secara terpadu dan berkelanjutan', 'dengan menjamin kerahasiaan identitas Korban', 'paling lambat 30 (tiga puluh) hari sejak permintaan diterima', 'dengan melibatkan masyarakat dan keluarga'];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

function sentence(r: () => number): string {
  return `${pick(r, SUBJECTS)} ${pick(r, VERBS)} ${pick(r, OBJECTS)} ${pick(r, TAILS)} dalam rangka pencegahan dan penanganan KESAD serta pelindungan Anak dari setiap bentuk kekerasan dan eksploitasi seksual.`;
}

function item(r: () => number, last: 'mid' | 'second' | 'last'): string {
  const base = `${pick(r, OBJECTS)} ${pick(r, TAILS)}`;
  return last === 'last' ? `${base}.` : last === 'second' ? `${base}; dan` : `${base};`;
}

/** A generated Pasal: ayat with lists, and now and then a reference to an earlier Pasal. */
function generatedPasal(r: () => number, earlier: readonly Node[]): Node {
  const withAyat = r() < 0.7;
  const ref = earlier.length > 0 && r() < 0.35 ? earlier[Math.floor(r() * earlier.length)]! : null;
  const refText = (): Node[] => (ref ? [teks('Ketentuan ', rujukan([String(ref.attrs.id)]), ` berlaku juga bagi ${pick(r, SUBJECTS)} ${pick(r, TAILS)}.`)] : []);
  if (!withAyat) return pasal(sentence(r));
  const n = 2 + Math.floor(r() * 3);
  const units: Node[] = [];
  for (let i = 0; i < n; i++) {
    if (i === 1 && r() < 0.6) {
      const k = 3 + Math.floor(r() * 4);
      units.push(ayat(`${pick(r, SUBJECTS)} ${pick(r, VERBS)}:`, ...Array.from({ length: k }, (_, j) => huruf(item(r, j === k - 1 ? 'last' : j === k - 2 ? 'second' : 'mid')))));
    } else if (i === n - 1 && ref) units.push(ayat(...refText()));
    else units.push(ayat(sentence(r)));
  }
  return pasal(...units);
}

export interface GeneratedBill {
  readonly doc: Node;
  readonly pasal: number;
  readonly words: number;
  readonly linkedClauses: number;
}

/** A bill of `target` Pasal built from the library and generated chapters. */
export function generateBill(lib: LibraryIndex, target = 600, seed = 600): GeneratedBill {
  const r = seeded(seed);
  const saved = Math.random;
  Math.random = r;
  try {
    const a = pertimbangan('bahwa setiap Anak berhak atas pelindungan dari kekerasan dan eksploitasi seksual sebagaimana dijamin dalam Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;');
    const b = pertimbangan('bahwa kekerasan dan eksploitasi seksual terhadap Anak secara daring semakin meningkat;');
    const c = pertimbangan('bahwa berdasarkan pertimbangan ', rujukan([String(a.attrs.id), String(b.attrs.id)]), ', perlu membentuk Undang-Undang tentang Pemberantasan Kekerasan dan Eksploitasi Seksual Anak secara Daring;');
    let doc = bill({
      title: 'Pemberantasan Kekerasan dan Eksploitasi Seksual Anak secara Daring',
      konsiderans: [a, b, c],
      dasarHukum: [dasarHukumButir('Pasal 20, Pasal 21, dan Pasal 28B ayat (2) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;')],
      body: [
        bab('KETENTUAN UMUM', { role: 'ketentuan-umum', key: 'ketentuan-umum' }, pasal('Dalam Undang-Undang ini yang dimaksud dengan:')),
        bab('KETENTUAN PENUTUP', { role: 'ketentuan-penutup', key: 'ketentuan-penutup' }, pasal('Undang-Undang ini mulai berlaku pada tanggal diundangkan.')),
      ],
      umum: Array.from({ length: 12 }, () => sentence(r)),
    });
    // Every template once; templates linked to existing law again until about 40 linked clauses.
    const templates = lib.library.templates;
    const linked = templates.filter((t) => t.parts.some((p) => 'amends' in p || 'repeals' in p || 'inserts' in p || ('links' in p && p.links.length > 0)));
    let linkedClauses = 0;
    for (const t of templates) {
      doc = insertTemplate(doc, t, lib, { random: r }).tr.doc;
      if (linked.includes(t)) linkedClauses++;
    }
    for (let i = 0; linkedClauses < 40 && linked.length > 0; i++) {
      const t = linked[i % linked.length]!;
      // Repeated amendments of the same provision would conflict; repeat only 'replaces' links.
      if (t.parts.some((p) => 'amends' in p || 'repeals' in p || 'inserts' in p)) {
        if (i > linked.length * 3) break;
        continue;
      }
      doc = insertTemplate(doc, t, lib, { random: r }).tr.doc;
      linkedClauses++;
    }
    // Generated chapters before Ketentuan Pidana, each with Bagian of Pasal.
    let count = 0;
    doc.descendants((n) => {
      if (n.type.name === 'pasal' && n.attrs.law === null) count++;
      return n.type.name !== 'poin';
    });
    const earlier: Node[] = [];
    const chapters: Node[] = [];
    let chapterNo = 0;
    while (count < target) {
      chapterNo++;
      const parts: Node[] = [];
      for (let b2 = 0; b2 < 3 && count < target; b2++) {
        const ps: Node[] = [];
        for (let k = 0; k < 8 && count < target; k++) {
          const p = generatedPasal(r, earlier);
          ps.push(p);
          earlier.push(p);
          count++;
        }
        parts.push(bagian(`Pelaksanaan Bagian ${chapterNo}.${b2 + 1}`, ...ps));
      }
      chapters.push(bab(`KETENTUAN PELAKSANAAN ${chapterNo}`, { role: 'materi', key: `bench-${chapterNo}` }, ...parts));
    }
    // Insert the generated chapters after the last materi chapter.
    let insertAt = doc.child(0).nodeSize + doc.child(1).nodeSize + 1;
    let offset = 0;
    doc.child(2).forEach((n, o) => {
      if (n.attrs.role === 'materi') offset = o + n.nodeSize;
    });
    insertAt += offset;
    doc = new Transform(doc).insert(insertAt, chapters).doc;
    // Penjelasan: every generated Pasal explained.
    const overrides = new Map<string, Node>();
    for (const p of earlier) overrides.set(String(p.attrs.id), schema.nodes.penjelasanPasal!.create({ target: p.attrs.id }, teks(`Yang dimaksud dengan "pelaksanaan" adalah ${sentence(r)}`)));
    doc = syncPenjelasan(doc, overrides).doc;
    const words = doc.textContent.split(/\s+/).filter(Boolean).length;
    let total = 0;
    doc.child(2).descendants((n) => {
      if (n.type.name === 'pasal') total++;
      return n.type.name !== 'poin';
    });
    return { doc, pasal: total, words, linkedClauses };
  } finally {
    Math.random = saved;
  }
}
