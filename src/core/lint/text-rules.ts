// Rules that read one run of normative text: vocabulary, references written
// by hand, numbers, penalties (drafting-rules.md R39-R44, R58, R69, R76, R83,
// R85, R111, R116, R117, R121, R123, R155-R158).
import { terbilang } from '../terbilang';
import type { Severity } from './finding';

/** Where a run of text stands in the bill. */
export interface TextPlace {
  readonly region: 'judul' | 'konsiderans' | 'dasarHukum' | 'body' | 'penjelasan';
  /** Inside a restated provision of another law. */
  readonly restated: boolean;
  /** The text of a definition in Ketentuan Umum. */
  readonly definition: boolean;
  /** The enclosing Pasal imposes a criminal penalty. */
  readonly criminal: boolean;
  /** First word of the unit's text (an item's opening). */
  readonly opening: boolean;
}

export interface TextHit {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

/** Placeholder used for atoms (references, parameters) so offsets match document positions. */
export const ATOM = '\uFFFC';

interface PhraseRule {
  readonly rule: string;
  readonly severity: Severity;
  readonly re: RegExp;
  readonly regions: readonly TextPlace['region'][];
  readonly message: (m: RegExpExecArray) => string;
  readonly when?: (place: TextPlace) => boolean;
}

const NORMS: TextPlace['region'][] = ['body'];
const ALL_TEXT: TextPlace['region'][] = ['body', 'penjelasan', 'konsiderans', 'dasarHukum'];

const PHRASES: readonly PhraseRule[] = [
  { rule: 'R39', severity: 'error', re: /\bpasal (\d+[A-Z]?)\b/g, regions: ALL_TEXT, message: (m) => `Tulis "Pasal ${m[1]}" dengan P kapital dalam rujukan.` },
  { rule: 'R43', severity: 'error', re: /(?<=\S )Ayat \(\d+[a-z]?\)/g, regions: NORMS, message: () => 'Dalam rujukan, kata "ayat" ditulis dengan huruf kecil: "sebagaimana dimaksud pada ayat (1)".' },
  { rule: 'R158', severity: 'error', re: /\b(selambat-lambatnya|secepat-cepatnya|sekurang-kurangnya|setidak-tidaknya|sebanyak-banyaknya|selama-lamanya)\b/gi, regions: NORMS, message: (m) => `Ganti "${m[1]}" dengan bentuk "paling": paling lambat, paling cepat, paling sedikit, paling banyak, paling lama.` },
  { rule: 'R156', severity: 'error', re: /\b(antara lain|namun tidak terbatas pada|tetapi tidak terbatas pada)\b/gi, regions: NORMS, message: (m) => `Frasa "${m[1]}" tidak digunakan dalam rumusan norma; sebutkan unsurnya secara lengkap.` },
  { rule: 'R111', severity: 'error', re: /\b(ayat \(\d+[a-z]?\)) Pasal ini\b/g, regions: ALL_TEXT, message: (m) => `Tulis "sebagaimana dimaksud pada ${m[1]}", bukan "${m[0]}".` },
  { rule: 'R116', severity: 'error', re: /\b(tersebut di atas|yang terdahulu|ketentuan di atas)\b/gi, regions: NORMS, message: (m) => `Sebut nomor pasal atau ayat secara tegas, bukan "${m[1]}".` },
  { rule: 'R117', severity: 'error', re: /\bUU\s*(?:No\.\s*\d+(?:\s*Tahun\s*\d{4})?|\d+(?:\/\d{4})?|ITE|TPPO|TPKS|PA|Pornografi)|\bUUD\b/g, regions: NORMS, message: (m) => `Singkatan "${m[0].trim()}" tidak dipakai dalam batang tubuh; sebut "Undang-Undang Nomor … Tahun … tentang …" secara lengkap.` },
  { rule: 'R123', severity: 'warning', re: /\b(tanpa mengurangi|dengan tidak mengurangi|tanpa menyimpang dari)\b/gi, regions: NORMS, message: (m) => `Hindari frasa "${m[1]}" (Lampiran II butir 251).` },
  { rule: 'R155', severity: 'error', re: /\bHal-hal yang belum (cukup )?diatur\b/g, regions: NORMS, message: () => 'Delegasi blangko tidak diperbolehkan; sebut materi yang didelegasikan (Lampiran II butir 210).' },
  { rule: 'R85', severity: 'error', re: /\bmulai berlaku efektif\b/gi, regions: NORMS, message: () => 'Jangan gunakan "mulai berlaku efektif"; tulis "mulai berlaku pada tanggal diundangkan" atau tanggal tertentu.' },
  { rule: 'R83', severity: 'error', re: /\b(semua|segala) peraturan perundang-undangan yang bertentangan dengan Undang-Undang ini\b/gi, regions: NORMS, message: () => 'Pencabutan tidak dirumuskan secara umum; sebut peraturan yang dicabut secara tegas.' },
  { rule: 'R76', severity: 'error', re: /\bkurungan\b/gi, regions: NORMS, message: () => 'Pidana kurungan tidak lagi menjadi pidana pokok sejak 2 Januari 2026 (UU 1/2026); gunakan pidana penjara atau pidana denda menurut kategori.' },
  { rule: 'R76', severity: 'error', re: /\b(?:pidana )?denda (?:paling (?:banyak|sedikit) )?(?:sebesar |sebanyak )?Rp/g, regions: NORMS, message: () => 'Sejak 2 Januari 2026 pidana denda dirumuskan menurut kategori KUHP (Pasal 79 UU 1/2023): "pidana denda paling banyak kategori …".' },
  { rule: 'R76', severity: 'error', re: /\b(?:pidana|penjara|denda)(?: penjara| denda)? (?:minimal|maksimal|minimum|maksimum)\b/gi, regions: NORMS, when: (p) => !p.restated, message: () => 'Ancaman pidana dirumuskan "paling lama …" atau "paling banyak kategori …", tanpa minimum khusus (UU 1/2026); jangan pakai "minimal"/"maksimal".' },
  { rule: 'R76', severity: 'error', re: /\bpaling singkat\b/g, regions: NORMS, when: (p) => p.criminal, message: () => 'Ketentuan pidana baru tidak memuat minimum khusus (UU 1/2026); hapus "paling singkat …".' },
  { rule: 'R76', severity: 'warning', re: /\bdan pidana denda\b/g, regions: NORMS, when: (p) => p.criminal, message: () => 'Pidana kumulatif ("dan pidana denda") dilaporkan dihapus oleh UU 1/2026 [belum terverifikasi]; pertimbangkan "atau" atau "dan/atau".' },
  { rule: 'R69', severity: 'warning', re: /\badalah (kejahatan|pelanggaran)\./g, regions: NORMS, message: () => 'Kualifikasi kejahatan/pelanggaran tidak lagi dikenal dalam KUHP 2023; hapus kalimat ini.' },
  { rule: 'R121', severity: 'warning', re: /\b(diwajibkan|tidak boleh|hendaknya|seharusnya)\b/gi, regions: NORMS, message: (m) => `Kata "${m[1]}" bukan kata normatif baku; gunakan "wajib", "dilarang", "harus", atau "dapat".` },
  { rule: 'R22', severity: 'error', re: /\bUUD(?: NRI)?(?: Tahun)? 1945\b/g, regions: ['dasarHukum', 'konsiderans', 'body'], message: () => 'Tulis "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945" secara lengkap.' },
  { rule: 'R118', severity: 'error', re: /\bUndang[–—]Undang\b|\bundang-Undang\b|\bUndang-undang\b/g, regions: ALL_TEXT, message: () => 'Tulis "Undang-Undang": kedua U kapital, dengan tanda hubung.' },
];

const CONJUNCTION_OPENERS = /^(Dan|Atau|Serta|Tetapi|Namun|Sedangkan|Maka|Sehingga|Oleh karena itu|Adapun)\b/;

/** Numbers not written "digits (words)" (R44): skips numbers that are never spelled out. */
function numberHits(text: string): TextHit[] {
  const hits: TextHit[] = [];
  const re = /(\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?(%)?(\s*\(([^)]*)\))?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    if (/(Pasal|ayat \(|angka|huruf|Nomor|Tahun|tanggal|Rp|Staatsblad|LN|TLN|kategori)\s*$/i.test(before) || /\($/.test(before)) continue;
    if (/^\d+[a-zA-Z]/.test(text.slice(m.index))) continue; // "76E", "2a"
    if (/^\d+\/\d+/.test(text.slice(m.index)) || /\d\/$/.test(before)) continue; // fractions "1/3 (sepertiga)" are checked by a human
    // Dates stay in digits: "17 Agustus 2011" (Lampiran II butir 151).
    if (/\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)/.test(text.slice(m.index, m.index + 14))) continue;
    if (/(Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) $/.test(before)) continue;
    const digits = Number(m[1]!.replace(/\./g, ''));
    if (!m[3]) {
      hits.push({ rule: 'R44', severity: 'warning', message: `Bilangan ${m[0]} ditulis dengan angka diikuti kata dalam kurung, misalnya "${m[1]} (${terbilang(digits)})".`, start: m.index, end: m.index + m[0].length });
      continue;
    }
    const words = m[4]!.trim().toLowerCase();
    if (m[2]) continue; // percentages: words checked by a human
    if (/,/.test(m[0].slice(m[1]!.length, m[1]!.length + 3))) continue;
    if (Number.isFinite(digits) && words !== terbilang(digits) && !/per|koma/.test(words)) {
      hits.push({ rule: 'R44', severity: 'error', message: `Angka dan kata tidak sama: ${m[1]} ditulis "${terbilang(digits)}", bukan "${m[4]}".`, start: m.index, end: m.index + m[0].length });
    }
  }
  return hits;
}

/** Checks one run of text. `text` uses ATOM for references and parameters. */
export function checkText(text: string, place: TextPlace, definedTerms: readonly string[]): TextHit[] {
  const hits: TextHit[] = [];
  for (const rule of PHRASES) {
    if (!rule.regions.includes(place.region)) continue;
    if (rule.when && !rule.when(place)) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) hits.push({ rule: rule.rule, severity: rule.severity, message: rule.message(m), start: m.index, end: m.index + m[0].length });
  }
  if (place.region === 'body' && place.opening) {
    const m = CONJUNCTION_OPENERS.exec(text);
    if (m) hits.push({ rule: 'R157', severity: 'warning', message: `Rumusan norma tidak diawali kata sambung "${m[1]}".`, start: 0, end: m[0].length });
  }
  if (place.region === 'body' && !place.restated) hits.push(...numberHits(text));
  if ((place.region === 'body' && !place.definition && !place.restated) || (place.region === 'penjelasan' && !place.restated)) {
    // R58: a defined term written in lower case ("setiap orang" for "Setiap Orang").
    for (const term of definedTerms) {
      if (term.toUpperCase() === term) continue; // acronyms
      const lower = term.toLowerCase();
      if (lower === term) continue;
      const re = new RegExp(`(?<![\\p{L}-])${lower.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}-])`, 'gu');
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const followed = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
        const preceded = text.slice(Math.max(0, m.index - 14), m.index);
        if (lower === 'anak' && (/^ perusahaan/.test(followed) || /(pe(?:r)?lindungan|hak) $/i.test(preceded))) continue;
        // "menteri yang menyelenggarakan urusan pemerintahan di bidang ..." names another minister (R53).
        if (lower === 'menteri' && /^ yang menyelenggarakan/.test(followed)) continue;
        const multi = term.includes(' ');
        hits.push({ rule: 'R58', severity: multi ? 'error' : 'warning', message: `Istilah yang didefinisikan ditulis dengan huruf awal kapital: "${term}".`, start: m.index, end: m.index + m[0].length });
      }
    }
  }
  return hits;
}
