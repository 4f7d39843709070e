// The drafting lint: the rules of drafting-rules.md that a machine can check
// reliably, over the whole draft. Each finding names its rule, where it is and
// what to do.
import type { Node } from 'prosemirror-model';
import type { Numbering } from '../numbering';
import { lawName, type LibraryIndex } from '../library';
import { KIND, BAB_ROLES } from '../kinds';
import { definedTerms, parseDefinition } from '../terms';
import { chainOf } from '../references';
import { renderReference } from '../references';
import { inlineRuns, runsText } from '../reading';
import { citeLaw } from '../amendment';
import { parseArticle } from '../article';
import { readLinks } from '../links';
import { locate, type Finding, type Severity } from './finding';
import { ATOM, checkText, type TextPlace } from './text-rules';

export interface LintContext {
  readonly numbering: Numbering;
  readonly lib?: LibraryIndex;
}

interface Env extends LintContext {
  readonly out: Finding[];
  readonly terms: readonly string[];
  readonly termsKey: string;
  readonly kuPasalId: string | null;
}

function idOf(node: Node): string | undefined {
  return typeof node.attrs.id === 'string' ? node.attrs.id : undefined;
}

/** Text of a textblock with ATOM for each inline atom, so offsets are document offsets. */
export function lintText(block: Node): string {
  let s = '';
  block.forEach((c) => {
    s += c.isText ? (c.text ?? '') : ATOM;
  });
  return s;
}

function add(env: Env, rule: string, severity: Severity, nodeId: string | undefined, message: string, from?: number, to?: number): void {
  env.out.push({ rule, severity, at: locate(nodeId, env.numbering), message, nodeId, from, to });
}

const PLACEHOLDER = /^[\s…. ]*$|…/;

function checkBlock(env: Env, block: Node, pos: number, nodeId: string | undefined, place: TextPlace): void {
  const text = lintText(block);
  if (text.trim() === '') {
    add(env, 'R41', 'error', nodeId, 'Unit ini kosong; tulis normanya atau hapus unitnya.', pos, pos + block.nodeSize);
    return;
  }
  if (PLACEHOLDER.test(text)) add(env, 'R41', 'warning', nodeId, 'Teks masih berisi tempat isian "…"; lengkapi.', pos, pos + block.nodeSize);
  for (const hit of checkText(text, place, env.terms)) add(env, hit.rule, hit.severity, nodeId, hit.message, pos + 1 + hit.start, pos + 1 + hit.end);
  if ((place.region === 'body' && !place.restated) || place.region === 'penjelasan') checkTypedRefs(env, text, pos, nodeId);
}

/** A chain of units after "Pasal N": ", Pasal 7", " ayat (2)", " huruf a", " dan angka 3", " sampai dengan Pasal 9". */
const CHAIN_REST = /^(?:\s*(?:,|dan|atau|serta|sampai dengan)?\s*(?:Pasal \d+[A-Z]?|ayat \(\d+[a-z]?\)|huruf [a-z]{1,2}|angka \d+[a-z]?))+/;
/** What follows a reference to another law's Pasal. */
const OTHER_LAW = /^\s*(?:Undang-Undang|Kitab|Peraturan|Perppu|UU|KUHP|KUHAP|Lampiran)\b/;
const billPasalCache = new WeakMap<object, ReadonlySet<string>>();

/** The numbers of the bill's own Pasal (not restated ones of other laws). */
function billPasalNumbers(env: Env): ReadonlySet<string> {
  let set = billPasalCache.get(env.numbering);
  if (!set) {
    set = new Set([...env.numbering.byId.values()].filter((i) => i.kind === 'pasal' && !i.restated).map((i) => i.num));
    billPasalCache.set(env.numbering, set);
  }
  return set;
}

/**
 * "Pasal 99" typed as text (R110): a typed reference does not follow
 * renumbering. One to a Pasal the bill lacks is an error; one to a Pasal it
 * has is a warning to use a live reference. References to other laws
 * ("Pasal 455 Undang-Undang Nomor 1 Tahun 2023") are left alone.
 */
function checkTypedRefs(env: Env, text: string, pos: number, nodeId: string | undefined): void {
  const nums = billPasalNumbers(env);
  for (const m of text.matchAll(/\bPasal (\d+[A-Z]?)\b/g)) {
    const after = text.slice(m.index + m[0].length);
    const rest = after.replace(CHAIN_REST, '');
    if (OTHER_LAW.test(rest)) continue;
    const from = pos + 1 + m.index;
    const to = from + m[0].length;
    if (!nums.has(m[1]!)) add(env, 'R110', 'error', nodeId, `"${m[0]}" diketik sebagai teks dan tidak ada dalam RUU ini; perbaiki nomornya, atau sebut undang-undangnya bila yang dimaksud pasal undang-undang lain.`, from, to);
    else add(env, 'R110', 'warning', nodeId, `"${m[0]}" diketik sebagai teks sehingga tidak ikut berubah bila pasal dinomori ulang; ganti dengan rujukan otomatis (Ctrl+Shift+R).`, from, to);
  }
}

const CONJ_END = /;\s*(dan|atau|dan\/atau)$/;

/** R46, R47, R54: punctuation and conjunctions of a list. */
function checkList(env: Env, items: { node: Node; pos: number }[], definitions: boolean, closedByText: boolean): void {
  const n = items.length;
  if (n > 26 && (items[0]!.node.type.name === 'huruf' || items[0]!.node.type.name === 'hurufKurung')) add(env, 'R48', 'warning', idOf(items[26]!.node), 'Lampiran II tidak mengatur rincian setelah huruf z; penomoran "aa., bb." berasal dari praktik [M]. Pertimbangkan memecah rincian ke pasal atau ayat lain.');
  items.forEach(({ node, pos }, i) => {
    const first = node.firstChild;
    if (!first || first.type.name !== 'teks') return;
    const text = lintText(first).trim();
    const id = idOf(node);
    const range: [number, number] = [pos + 1, pos + 1 + first.nodeSize];
    if (PLACEHOLDER.test(text)) return; // reported once as an unfinished text
    if (text === 'Dihapus.') return; // a repealed unit keeps its place (Lampiran II item 236)
    if (definitions) {
      if (!/^[A-Z]/.test(text)) add(env, 'R54', 'error', id, 'Setiap definisi diawali huruf kapital.', ...range);
      if (!/\.$/.test(text)) add(env, 'R54', 'error', id, 'Setiap definisi diakhiri tanda titik, tanpa "; dan" (Lampiran II butir 101).', ...range);
      if (!parseDefinition(text) && !PLACEHOLDER.test(text)) add(env, 'R53', 'error', id, 'Definisi dirumuskan "<Istilah> adalah …" atau "<Istilah> yang selanjutnya disebut/disingkat <X> adalah …".', ...range);
      if (/, (yang selanjutnya|adalah)\b/.test(text.split(' adalah ')[0] + ' adalah')) add(env, 'R53', 'warning', id, 'Tanpa koma sebelum "yang selanjutnya" dan "adalah" (contoh UU 13/2022).', ...range);
      return;
    }
    const hasChildren = [...Array(node.childCount).keys()].some((k) => KIND[node.child(k).type.name]?.provision);
    const last = i === n - 1;
    if (hasChildren) {
      if (!/:$/.test(text)) add(env, 'R46', 'error', id, 'Rincian yang memiliki rincian lebih lanjut diakhiri titik dua.', ...range);
      return;
    }
    if (!last) {
      if (i === n - 2) {
        if (!CONJ_END.test(text)) add(env, 'R47', 'error', id, 'Rincian kedua dari terakhir diakhiri "; dan", "; atau", atau "; dan/atau" (Lampiran II butir 88-91).', ...range);
      } else if (CONJ_END.test(text)) add(env, 'R47', 'error', id, 'Kata "dan"/"atau" hanya diletakkan setelah rincian kedua dari terakhir; di sini cukup ";".', ...range);
      else if (!/;$/.test(text)) add(env, 'R46', 'error', id, 'Setiap rincian diakhiri titik koma.', ...range);
    } else if (!(closedByText ? /[;,:]$|[^.]$/.test(text) : /[.;]$/.test(text))) add(env, 'R46', 'error', id, closedByText ? 'Rincian terakhir sebelum kalimat penutup diakhiri koma atau titik koma.' : 'Rincian terakhir diakhiri tanda titik (atau titik koma bila daftar induknya berlanjut).', ...range);
    const word = /^(\p{Lu}[\p{L}-]*)/u.exec(text)?.[1];
    if (word && word.toUpperCase() !== word && !env.terms.some((t) => t.startsWith(word)) && !/^(Pemerintah|Presiden|Menteri|Kepolisian|Kejaksaan|Pengadilan|Undang-Undang|Peraturan|Pasal|Negara|Dewan|Komisi|Badan|Lembaga|Kementerian|Pusat)/.test(word)) {
      add(env, 'R46', 'warning', id, 'Rincian diawali huruf kecil, kecuali istilah yang didefinisikan atau nama.', ...range);
    }
  });
}

/** Provision children of a unit, with positions. */
function provisionChildren(node: Node, pos: number): { node: Node; pos: number }[] {
  const out: { node: Node; pos: number }[] = [];
  node.forEach((child, offset) => {
    if (KIND[child.type.name]?.provision) out.push({ node: child, pos: pos + 1 + offset });
  });
  return out;
}

function isCriminal(pasal: Node): boolean {
  let found = false;
  pasal.descendants((n) => {
    if (found) return false;
    if (n.isText && /\bdipidana\b/.test(n.text ?? '')) found = true;
    return true;
  });
  return found;
}

/** The openings of an entry-into-force Pasal (Lampiran II butir 137-144); a repeal opening "Pada saat ... mulai berlaku," is not one. */
const ENTRY_INTO_FORCE = /^(Undang-Undang ini mulai berlaku|Saat mulai berlakunya Undang-Undang ini)/;

/** A sanction norm (R154): a criminal provision, or one imposing an administrative sanction or compensation. */
function isSanction(pasal: Node, criminal: boolean): boolean {
  return criminal || /\b(dikenai|dikenakan|dijatuhi) (sanksi|denda administratif)|\bsanksi administratif\b|\bganti kerugian\b/.test(pasal.textContent);
}

/** The unit's text blocks, lists and references, recursively. */
function walkUnit(env: Env, unit: Node, pos: number, place: Omit<TextPlace, 'opening'>, depth: number, pasalOrder: number, sanction: boolean): void {
  const id = idOf(unit);
  const items = provisionChildren(unit, pos).filter((c) => c.node.type.name !== 'ayat' && c.node.type.name !== 'poin');
  const level = KIND[unit.type.name]?.listLevel ?? 0;
  if (level > 4) add(env, 'R46', 'error', id, 'Rincian tidak boleh lebih dari 4 (empat) tingkat; pindahkan ke pasal atau ayat lain.');
  let sawText = false;
  unit.forEach((child, offset) => {
    const childPos = pos + 1 + offset;
    if (child.type.name === 'teks') {
      checkBlock(env, child, childPos, id, { ...place, opening: !sawText });
      sawText = true;
      checkRefs(env, child, childPos, id, pasalOrder, sanction);
    } else if (KIND[child.type.name]?.provision && child.type.name !== 'poin') walkUnit(env, child, childPos, place, depth + 1, pasalOrder, sanction);
  });
  if (items.length > 0) {
    const definitions = place.definition && unit.type.name === 'pasal';
    const closedByText = unit.lastChild?.type.name === 'teks' && unit.childCount > 1 && items.length > 0 && unit.lastChild !== unit.firstChild;
    checkList(env, items, definitions, closedByText);
  }
}

/** Dangling and forward references (R110, R115, R154). */
function checkRefs(env: Env, block: Node, pos: number, nodeId: string | undefined, pasalOrder: number, sanction: boolean): void {
  block.forEach((child, offset) => {
    if (child.type.name !== 'rujukan') return;
    const at = pos + 1 + offset;
    const targets = (child.attrs.targets as unknown[]).filter((t): t is string => typeof t === 'string');
    const missing = targets.filter((t) => !env.numbering.byId.has(t));
    if (targets.length === 0 || missing.length) {
      add(env, 'R110', 'error', nodeId, 'Rujukan ini menunjuk unit yang sudah tidak ada; pilih ulang pasal atau ayat yang dirujuk, atau hapus rujukannya.', at, at + 1);
      return;
    }
    if (pasalOrder < 0) return;
    for (const t of targets) {
      const chain = chainOf(t, env.numbering);
      const root = chain?.[0];
      if (!root || root.kind !== 'pasal' || root.restated) continue;
      if (root.order > pasalOrder) {
        if (sanction) add(env, 'R154', 'error', nodeId, `Norma sanksi merujuk ${root.label} yang terletak sesudahnya; sanksi ditempatkan setelah norma yang ditegakkannya.`, at, at + 1);
        else add(env, 'R115', 'warning', nodeId, `Hindari rujukan ke pasal sesudahnya (${root.label}).`, at, at + 1);
      }
    }
  });
}

function checkPasal(env: Env, pasal: Node, pos: number, restated: boolean): void {
  const id = idOf(pasal);
  const info = env.numbering.byId.get(id ?? '');
  const criminal = isCriminal(pasal);
  const ayat = provisionChildren(pasal, pos).filter((c) => c.node.type.name === 'ayat');
  if (ayat.length === 1 && !restated) add(env, 'R42', 'warning', id, 'Pasal dengan satu ayat tidak diberi nomor ayat; tulis tanpa "(1)".');
  ayat.forEach((a, i) => {
    const text = a.node.firstChild?.textContent ?? '';
    if (i < ayat.length - 1 && /^Ketentuan (lebih lanjut )?mengenai .+ diatur (dengan|dalam|berdasarkan)/.test(text)) add(env, 'R155', 'warning', idOf(a.node), 'Pendelegasian kewenangan dimuat pada ayat terakhir pasal (Lampiran II butir 208).');
  });
  if (pasal.firstChild?.type.name === 'poin') {
    checkAmendingPasal(env, pasal, pos);
    return;
  }
  // Definitions: Ketentuan Umum of this bill, or a restated definitions Pasal of an amended law.
  const definitions = (id !== undefined && id === env.kuPasalId) || (restated && (pasal.firstChild?.textContent.trim() ?? '') === 'Dalam Undang-Undang ini yang dimaksud dengan:');
  if (definitions) {
    const lead = pasal.firstChild?.textContent.trim() ?? '';
    if (pasal.childCount > 1 && lead !== 'Dalam Undang-Undang ini yang dimaksud dengan:') add(env, 'R52', 'error', id, 'Pasal ketentuan umum dibuka dengan "Dalam Undang-Undang ini yang dimaksud dengan:".', pos + 1, pos + 1 + (pasal.firstChild?.nodeSize ?? 0));
  }
  // Definitions may name the Pasal that establishes what they define (R115), so they skip the forward check.
  const order = restated || definitions ? -1 : (info?.order ?? -1);
  walkUnit(env, pasal, pos, { region: 'body', restated, definition: definitions, criminal }, 0, order, isSanction(pasal, criminal));
}

interface PasalCache {
  readonly numbering: Numbering;
  readonly key: string;
  /** Findings with positions relative to the Pasal's start. */
  readonly findings: readonly Finding[];
}

const pasalCache = new WeakMap<Node, PasalCache>();

/**
 * A Pasal's findings depend only on the Pasal, the numbering, the defined terms
 * and the library; after a one-character edit every other Pasal is the same
 * node with the same numbering, and its findings are reused, shifted to where
 * the Pasal now stands.
 */
function checkPasalCached(env: Env, pasal: Node, pos: number): void {
  const key = `${env.kuPasalId}|${env.termsKey}|${env.lib ? 'lib' : ''}`;
  const hit = pasalCache.get(pasal);
  if (hit && hit.numbering === env.numbering && hit.key === key) {
    for (const f of hit.findings) env.out.push(f.from === undefined ? f : { ...f, from: f.from + pos, to: (f.to ?? f.from) + pos });
    return;
  }
  const start = env.out.length;
  checkPasal(env, pasal, pos, false);
  const fresh = env.out.slice(start).map((f) => (f.from === undefined ? f : { ...f, from: f.from - pos, to: (f.to ?? f.from) - pos }));
  pasalCache.set(pasal, { numbering: env.numbering, key, findings: fresh });
}

function checkAmendingPasal(env: Env, pasal: Node, pos: number): void {
  const id = idOf(pasal);
  const lawId = String(pasal.attrs.law ?? '');
  if (env.lib) {
    if (!env.lib.law(lawId)) add(env, 'R130', 'error', id, `Undang-Undang ${lawId || '(kosong)'} yang diubah tidak ada dalam korpus; pasal perubahan tidak dapat dirumuskan. Periksa kode undang-undang atau tambahkan undang-undang itu ke korpus.`);
    else if (citeLaw(lawId, env.lib).gazetteMissing) add(env, 'R130', 'warning', id, 'Nomor Lembaran Negara/Tambahan Lembaran Negara undang-undang yang diubah tidak ditemukan dalam referensi; lengkapi sebelum diedarkan.');
  }
  provisionChildren(pasal, pos).forEach(({ node: point, pos: pointPos }) => {
    const pid = idOf(point);
    for (const link of readLinks(point.attrs.links)) checkLink(env, link, pid);
    provisionChildren(point, pointPos).forEach(({ node: restated, pos: rpos }) => {
      const links = readLinks(restated.attrs.links);
      for (const link of links) {
        checkLink(env, link, idOf(restated));
        // A repeal of an ayat restates the whole Pasal with "Dihapus." in its place (item 236).
        if (link.op === 'amends') {
          const path = parseArticle(link.article);
          // Restated whole when the Pasal holds more units than the one amended.
          let units = 0;
          restated.forEach((c) => (units += KIND[c.type.name]?.provision ? 1 : 0));
          if (path && path.units.length > 0 && units <= 1) add(env, 'R131', 'warning', idOf(restated), `Rumusan ulang hanya memuat ${link.article.replace(/^Pasal \S+ /, '')}; praktik Lampiran II merumuskan ulang Pasal ${path.pasal} secara utuh. ${env.lib?.provision(link.law, `Pasal ${path.pasal}`) ? `Teks lengkapnya ada dalam korpus (${lawName(env.lib, link.law)} Pasal ${path.pasal}); rumuskan ulang seluruhnya setelah memeriksa apakah unit lain perlu disesuaikan.` : 'Teks lengkapnya tidak ada dalam korpus referensi; lengkapi dari teks resmi.'}`);
        }
      }
      checkPasal(env, restated, rpos, true);
    });
  });
}

function checkLink(env: Env, link: ReturnType<typeof readLinks>[number], nodeId: string | undefined): void {
  if (!env.lib) return;
  if (link.op === 'inserts') {
    const law = env.lib.law(link.law);
    if (!law) add(env, 'R132', 'error', nodeId, `Undang-Undang ${link.law} tidak ada dalam korpus; periksa kode undang-undang atau tambahkan undang-undang itu ke korpus.`);
    else if (!law.articles.includes(link.after.replace(/^Pasal /, ''))) add(env, 'R132', 'error', nodeId, `${law.citation} tidak memuat ${link.after}; pilih pasal yang ada sebagai tempat sisipan.`);
    return;
  }
  const prov = env.lib.provision(link.law, link.article);
  if (!prov) add(env, 'R131', 'error', nodeId, `Ketentuan "${link.law} ${link.article}" tidak ada dalam korpus; redline dan rumusan perubahan tidak dapat dibuat. Periksa tautan ketentuan ini atau tambahkan ketentuannya ke korpus.`);
  else if (prov.currency === 'revoked') add(env, 'R131', 'warning', nodeId, `${link.article} ${env.lib.law(prov.law)?.citation ?? prov.law} sudah dicabut; ubah ketentuan penggantinya atau hapus angka ini. Catatan korpus: ${prov.currencyNote}`);
}

function checkBody(env: Env, doc: Node): void {
  const body = doc.child(2);
  const bodyPos = doc.child(0).nodeSize + doc.child(1).nodeSize;
  const babs: { node: Node; pos: number }[] = [];
  body.forEach((child, offset) => {
    if (child.type.name === 'bab') babs.push({ node: child, pos: bodyPos + 1 + offset });
  });
  // Order of the parts of the body (R31, R49, R62, R65, R78, R80).
  let prevRank = -1;
  babs.forEach(({ node }, i) => {
    const role = String(node.attrs.role);
    const rank = BAB_ROLES.indexOf(role as (typeof BAB_ROLES)[number]);
    const id = idOf(node);
    if (rank < prevRank) add(env, role === 'ketentuan-pidana' ? 'R65' : role === 'ketentuan-peralihan' ? 'R78' : role === 'ketentuan-umum' ? 'R49' : 'R31', 'error', id, `Urutan bab: ${node.firstChild?.textContent ?? role} tidak boleh terletak setelah bab yang seharusnya mengikutinya (ketentuan umum, materi pokok, ketentuan pidana, ketentuan peralihan, ketentuan penutup).`);
    prevRank = Math.max(prevRank, rank);
    if (role === 'ketentuan-umum' && i !== 0) add(env, 'R49', 'error', id, 'Ketentuan umum diletakkan dalam BAB I.');
    if (role === 'penyidikan' && babs[i + 1]?.node.attrs.role !== 'ketentuan-pidana') add(env, 'R62', 'warning', id, 'Bab penyidikan diletakkan tepat sebelum bab ketentuan pidana.');
    if (!(node.firstChild?.textContent.trim() ?? '')) add(env, 'R35', 'error', id, 'BAB memerlukan judul.');
  });
  const lastBab = babs[babs.length - 1];
  if (babs.length && lastBab && lastBab.node.attrs.role !== 'ketentuan-penutup') add(env, 'R80', 'error', idOf(lastBab.node), 'Bab terakhir adalah KETENTUAN PENUTUP.');
  // Headings of Bagian and Paragraf (R36, R37).
  body.descendants((node) => {
    if (node.type.name === 'bagian' || node.type.name === 'paragraf') {
      const title = node.firstChild?.textContent.trim() ?? '';
      if (!title) add(env, node.type.name === 'bagian' ? 'R36' : 'R37', 'error', idOf(node), 'Judul bagian/paragraf tidak boleh kosong.');
      else {
        const bad = title.split(/\s+/).find((w, i) => i > 0 && /^\p{Ll}/u.test(w) && !PARTICLES.has(w));
        if (bad || /^\p{Ll}/u.test(title)) add(env, node.type.name === 'bagian' ? 'R36' : 'R37', 'warning', idOf(node), `Setiap kata judul diawali huruf kapital, kecuali partikel (${bad ?? title.split(' ')[0]}).`);
      }
    }
    return node.type.name !== 'pasal';
  });
  // Every Pasal.
  body.descendants((node, pos) => {
    if (node.type.name === 'pasal') {
      checkPasalCached(env, node, bodyPos + 1 + pos);
      return false;
    }
    return true;
  });
  // The last Pasal says when the law takes effect (R85).
  let lastPasal: Node | null = null;
  body.descendants((node) => {
    if (node.type.name === 'pasal') {
      lastPasal = node;
      return false;
    }
    return true;
  });
  const last = lastPasal as Node | null;
  if (last && !ENTRY_INTO_FORCE.test(last.textContent.trim())) add(env, 'R85', 'error', idOf(last), 'Pasal terakhir menyatakan saat mulai berlaku, misalnya "Undang-Undang ini mulai berlaku pada tanggal diundangkan."');
}

const PARTICLES = new Set(['dan', 'atau', 'di', 'ke', 'dari', 'yang', 'untuk', 'dengan', 'pada', 'dalam', 'oleh', 'serta', 'tentang', 'terhadap', 'bagi', 'atas', 'antara', 'sebagai', 'melalui', 'secara', 'kepada']);

function checkPembukaan(env: Env, doc: Node): void {
  const judul = doc.child(0);
  const name = judul.textContent.trim();
  if (!name || PLACEHOLDER.test(name)) add(env, 'R7', name ? 'warning' : 'error', undefined, 'Isi nama undang-undang.', 1, 1 + judul.content.size);
  else {
    if (/[.,;:]$/.test(name)) add(env, 'R5', 'error', undefined, 'Judul tidak diakhiri tanda baca.', 1, 1 + judul.content.size);
    if (name.split(/\s+/).length > 12) add(env, 'R7', 'warning', undefined, 'Nama undang-undang dibuat singkat: satu kata atau frasa.');
    if (/\([A-Z]{2,}\)|\b[A-Z]{2,}\b/.test(name)) add(env, 'R8', 'warning', undefined, 'Nama undang-undang tidak memuat singkatan atau akronim, kecuali empat pengecualian butir 5 Lampiran II.');
  }
  const pembukaan = doc.child(1);
  const base = judul.nodeSize + 1;
  const konsiderans = pembukaan.child(0);
  const items: { node: Node; pos: number }[] = [];
  konsiderans.forEach((item, offset) => items.push({ node: item, pos: base + 1 + offset }));
  if (items.length > 7) add(env, 'R15', 'warning', idOf(items[0]!.node), 'Setiap unsur (filosofis, sosiologis, yuridis) paling banyak 2 (dua) konsiderans (Lampiran II butir 19).');
  items.forEach(({ node, pos }, i) => {
    const id = idOf(node);
    checkBlock(env, node, pos, id, { region: 'konsiderans', restated: false, definition: false, criminal: false, opening: true });
    checkRefs(env, node, pos, id, -1, false);
    const text = lintText(node).trim();
    if (!/^bahwa /.test(text)) add(env, 'R16', 'error', id, 'Setiap konsiderans diawali kata "bahwa".', pos, pos + node.nodeSize);
    if (!/;$/.test(text)) add(env, 'R16', 'error', id, 'Setiap konsiderans diakhiri titik koma.', pos, pos + node.nodeSize);
    if (i === items.length - 1 && items.length > 1) {
      const rendered = runsText(inlineRuns(node, id ? [id] : [], env));
      if (!/^bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam /.test(rendered)) add(env, 'R17', 'error', id, 'Konsiderans terakhir berbunyi "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, …, perlu membentuk Undang-Undang tentang …;".', pos, pos + node.nodeSize);
      else {
        const expected = renderReference(items.slice(0, -1).map((x) => idOf(x.node) ?? ''), id ? [id] : [], env.numbering).text;
        if (!rendered.includes(expected)) add(env, 'R17', 'error', id, `Konsiderans penutup harus merujuk semua konsiderans sebelumnya: "${expected}".`, pos, pos + node.nodeSize);
        const title = name;
        if (title && !PLACEHOLDER.test(title) && !rendered.includes(`Undang-Undang tentang ${title}`)) add(env, 'R17', 'warning', id, `Konsiderans penutup menyebut nama undang-undang: "perlu membentuk Undang-Undang tentang ${title};".`, pos, pos + node.nodeSize);
      }
    }
  });
  const dasar = pembukaan.child(1);
  const dasarBase = base + konsiderans.nodeSize;
  dasar.forEach((item, offset) => {
    const pos = dasarBase + 1 + offset;
    const id = idOf(item);
    checkBlock(env, item, pos, id, { region: 'dasarHukum', restated: false, definition: false, criminal: false, opening: true });
    if (!/;$/.test(lintText(item).trim())) add(env, 'R26', 'error', id, 'Setiap dasar hukum diakhiri titik koma.', pos, pos + item.nodeSize);
  });
}

function checkPenjelasan(env: Env, doc: Node): void {
  let pos = 0;
  for (let i = 0; i < 4; i++) pos += doc.child(i).nodeSize;
  const penjelasan = doc.child(4);
  const umum = penjelasan.child(0);
  if (PLACEHOLDER.test(umum.textContent.trim()) || umum.textContent.trim().length < 40) add(env, 'R99', 'warning', undefined, 'Penjelasan umum menguraikan latar belakang, maksud, dan tujuan undang-undang; lengkapi.', pos + 1, pos + 1 + umum.nodeSize);
  const pdpPos = pos + 1 + umum.nodeSize;
  const place: TextPlace = { region: 'penjelasan', restated: false, definition: false, criminal: false, opening: true };
  const checkText_ = (block: Node, bpos: number, target: string): void => {
    // The Penjelasan of a restated provision of another law speaks that law's defined terms.
    const restated = env.numbering.byId.get(target)?.restated ?? false;
    const text = lintText(block).trim();
    const at = `Penjelasan ${locate(target, env.numbering)}`;
    const push = (rule: string, severity: Severity, message: string): void => void env.out.push({ rule, severity, at, message, nodeId: target, from: bpos, to: bpos + block.nodeSize });
    if (/^cukup jelas\.?$/i.test(text) && text !== 'Cukup jelas.') push('R100', 'error', 'Tulis "Cukup jelas." dengan C kapital dan diakhiri titik.');
    if (/^Yang dimaksud dengan [^"“]/.test(text)) push('R102', 'error', 'Istilah yang dijelaskan diletakkan di antara tanda petik: Yang dimaksud dengan "…" adalah ….');
    if (/\bdipidana\b/.test(text)) push('R66', 'error', 'Penjelasan tidak memuat ketentuan pidana.');
    else if (/\b(wajib|dilarang)\b/.test(text)) push('R94', 'warning', 'Penjelasan tidak boleh memuat norma; periksa kata "wajib"/"dilarang".');
    if (/\bdiatur (dengan|dalam) Peraturan\b/.test(text)) push('R95', 'error', 'Penjelasan tidak memuat rumusan pendelegasian.');
    for (const hit of checkText(lintText(block), restated ? { ...place, restated } : place, env.terms)) push(hit.rule, hit.severity, hit.message);
  };
  penjelasan.child(1).forEach((entry, offset) => {
    const epos = pdpPos + 1 + offset;
    const target = String(entry.attrs.target ?? '');
    const info = env.numbering.byId.get(target);
    if (!info) {
      env.out.push({ rule: 'R100', severity: 'error', at: 'Penjelasan', message: 'Entri penjelasan menunjuk pasal yang sudah tidak ada; hapus entri ini.', from: epos, to: epos + entry.nodeSize });
      return;
    }
    if (target === env.kuPasalId && entry.textContent.trim() !== 'Cukup jelas.') env.out.push({ rule: 'R57', severity: 'error', at: `Penjelasan ${info.label}`, message: 'Definisi dalam ketentuan umum tidak diberi penjelasan: tulis "Cukup jelas.".', nodeId: target, from: epos, to: epos + entry.nodeSize });
    const walk = (node: Node, npos: number, t: string): void => {
      node.forEach((child, o) => {
        const cpos = npos + 1 + o;
        if (child.type.name === 'teks') checkText_(child, cpos, t);
        else {
          const ct = String(child.attrs.target ?? '');
          if (!env.numbering.byId.has(ct)) env.out.push({ rule: 'R101', severity: 'error', at: `Penjelasan ${info.label}`, message: 'Entri penjelasan ayat/huruf menunjuk unit yang sudah tidak ada; hapus entri ini.', from: cpos, to: cpos + child.nodeSize });
          walk(child, cpos, ct);
        }
      });
    };
    walk(entry, epos, target);
    if (entry.firstChild?.type.name === 'penjelasanButir') {
      const explained = new Set<string>();
      entry.forEach((b) => explained.add(String(b.attrs.target)));
      const pasalNode = findNode(doc, target);
      const ayat = pasalNode ? provisionChildren(pasalNode, 0).filter((c) => c.node.type.name === 'ayat') : [];
      if (ayat.some((a) => !explained.has(idOf(a.node) ?? ''))) env.out.push({ rule: 'R101', severity: 'warning', at: `Penjelasan ${info.label}`, message: 'Jika satu ayat dijelaskan, setiap ayat dicantumkan dengan penjelasannya atau "Cukup jelas.".', nodeId: target, from: epos, to: epos + entry.nodeSize });
    }
  });
}

function findNode(doc: Node, id: string): Node | null {
  let found: Node | null = null;
  doc.descendants((n) => {
    if (found) return false;
    if (n.attrs.id === id) {
      found = n;
      return false;
    }
    return !n.isTextblock;
  });
  return found;
}

const textCache = new WeakMap<Node, string>();

/** The plain text of a Pasal, cached by node identity. */
function pasalText(node: Node): string {
  let t = textCache.get(node);
  if (t === undefined) {
    const parts: string[] = [];
    node.descendants((n) => {
      if (n.isText) parts.push(n.text ?? '');
      return true;
    });
    t = parts.join(' ');
    textCache.set(node, t);
  }
  return t;
}

const countCache = new WeakMap<Node, { key: string; counts: readonly number[] }>();

/** R55: a defined term is used at least twice after Pasal 1. */
function checkTermUse(env: Env, doc: Node): void {
  const defs = definedTerms(doc).filter((d) => !PLACEHOLDER.test(d.term));
  if (defs.length === 0) return;
  const forms = defs.map((d) => [d.term, d.short].filter((f): f is string => !!f).map((f) => new RegExp(`(?<![\\p{L}])${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu')));
  const key = defs.map((d) => `${d.term}/${d.short ?? ''}`).join('|');
  const totals = defs.map(() => 0);
  const ku = findNode(doc, env.kuPasalId ?? '');
  doc.child(2).descendants((n) => {
    if (n.type.name !== 'pasal') return true;
    if (n === ku) return false;
    let hit = countCache.get(n);
    if (!hit || hit.key !== key) {
      const text = pasalText(n);
      hit = { key, counts: forms.map((fs) => fs.reduce((c, re) => c + (text.match(re)?.length ?? 0), 0)) };
      countCache.set(n, hit);
    }
    hit.counts.forEach((c, i) => (totals[i]! += c));
    return false;
  });
  // Definitions use each other's terms too.
  const defText = ku ? ku.textContent : '';
  defs.forEach((d, i) => {
    const inDefs = [d.term, d.short].filter((f): f is string => !!f).reduce((n, f) => n + Math.max(0, defText.split(f).length - 2), 0);
    if (totals[i]! + inDefs < 2) add(env, 'R55', 'warning', d.id, `"${d.term}" didefinisikan tetapi digunakan kurang dari dua kali; definisikan hanya istilah yang dipakai berulang.`);
  });
}

/** Lints a whole draft. */
export function lintDraft(doc: Node, ctx: LintContext): Finding[] {
  const defs = definedTerms(doc);
  const terms = defs.flatMap((d) => (d.short ? [d.term, d.short] : [d.term]));
  let kuPasalId: string | null = null;
  doc.child(2).forEach((bab) => {
    if (bab.type.name === 'bab' && bab.attrs.role === 'ketentuan-umum') {
      bab.descendants((n) => {
        if (kuPasalId === null && n.type.name === 'pasal') kuPasalId = String(n.attrs.id);
        return kuPasalId === null;
      });
    }
  });
  const env: Env = { ...ctx, out: [], terms, termsKey: terms.join('|'), kuPasalId };
  checkPembukaan(env, doc);
  checkBody(env, doc);
  checkPenjelasan(env, doc);
  checkTermUse(env, doc);
  for (const p of ctx.numbering.problems) add(env, 'R132', 'error', p.id, p.message);
  return env.out;
}
