// Checks of the content library as a whole (design section 5): every template
// names existing gaps, criteria, chapters, terms and corpus provisions; its
// text parses; its parameters are declared and used; every gap can be closed.
import type { ClauseTemplate, Library } from './library';
import { indexLibrary } from './library';
import { parsePasalBody, MarkupError } from './markup';
import { defaultParams, gapState, templateCriteria } from './gaps';
import { parseArticle } from './article';
import { parseDefinition } from './terms';

export interface CheckProblem {
  readonly file: string;
  readonly template?: string;
  /** Field as dotted text, and as a path into the YAML for line lookup. */
  readonly field: string | null;
  readonly path: readonly (string | number)[];
  readonly message: string;
}

function templateProblems(t: ClauseTemplate, lib: Library): CheckProblem[] {
  const idx = indexLibrary(lib);
  const out: CheckProblem[] = [];
  const push = (path: (string | number)[], message: string): void => void out.push({ file: `clauses/${t.id}.yaml`, template: t.id, field: path.join('.'), path, message });
  const declared = new Set(t.params.map((p) => p.name));
  const used = new Set<string>();
  const keys = new Set<string>();
  t.params.forEach((p, i) => {
    if (p.type !== 'choice') {
      if (p.min > p.max) push(['params', i, 'min'], `min ${p.min} is above max ${p.max}`);
      if (p.default < p.min || p.default > p.max) push(['params', i, 'default'], `default ${p.default} is outside ${p.min}..${p.max}`);
    } else if (!p.options.some((o) => o.value === p.default)) push(['params', i, 'default'], `default "${p.default}" is not one of the options`);
  });
  t.terms.forEach((term, i) => {
    if (!idx.term(term)) push(['terms', i], `"${term}" is not in templates/terms.yaml`);
  });
  t.parts.forEach((part, i) => {
    if (keys.has(part.key)) push(['parts', i, 'key'], `duplicate part key "${part.key}"`);
    keys.add(part.key);
    const text = 'text' in part ? part.text : undefined;
    if (text !== undefined) {
      for (const m of text.matchAll(/\{([a-z][A-Za-z0-9]*)\}/g)) {
        used.add(m[1]!);
        if (!declared.has(m[1]!)) push(['parts', i, 'text'], `{${m[1]}} is not a declared parameter`);
      }
      for (const m of text.matchAll(/\{(?:ref|bare):([^}]+)\}/g)) {
        for (const target of m[1]!.split(',')) {
          const key = target.trim().split('/')[0]!;
          if (key !== '' && !t.parts.some((p) => p.key === key)) push(['parts', i, 'text'], `{ref:${target}}: no part with key "${key}"`);
        }
      }
      try {
        parsePasalBody(text, !('chapter' in part));
      } catch (e) {
        if (e instanceof MarkupError) push(['parts', i, 'text'], e.message);
        else throw e;
      }
    }
    if ('chapter' in part) {
      if (!idx.chapter(part.chapter)) push(['parts', i, 'chapter'], `no chapter "${part.chapter}" in templates/chapters.yaml`);
      if (part.chapter === 'perubahan') push(['parts', i, 'chapter'], 'amendments use `amends`, `inserts` or `repeals`, not chapter: perubahan');
      part.links.forEach((l, j) => {
        if (l.op === 'inserts') {
          if (!idx.law(l.law)) push(['parts', i, 'links', j], `no law ${l.law} in templates/law/laws.yaml`);
        } else if (!idx.provision(l.law, l.article)) push(['parts', i, 'links', j], `no corpus provision "${l.law} ${l.article}"`);
      });
    }
    const ref = 'amends' in part ? part.amends : 'repeals' in part ? part.repeals : null;
    if (ref) {
      const prov = idx.provision(ref.law, ref.article);
      const field = 'amends' in part ? 'amends' : 'repeals';
      if (!prov) push(['parts', i, field], `no corpus provision "${ref.law} ${ref.article}"`);
      else {
        if (prov.currency === 'revoked' || prov.currency === 'not-a-provision') push(['parts', i, field], `"${ref.law} ${ref.article}" is ${prov.currency} (${prov.currencyNote}); amend the provision in force instead`);
        if (!parseArticle(ref.article)) push(['parts', i, field], `"${ref.article}" names no Pasal`);
      }
    }
    if ('repeals' in part) {
      const sub = (parseArticle(part.repeals.article)?.units.length ?? 0) > 0;
      if (sub && !part.text) push(['parts', i, 'text'], `repealing "${part.repeals.article}" restates Pasal ${parseArticle(part.repeals.article)?.pasal} with "Dihapus." in its place (Lampiran II item 236): give the restated text`);
      if (!sub && part.text) push(['parts', i, 'text'], `a whole Pasal is repealed without restating it ("Pasal … dihapus."): remove the text`);
      if (part.text && !/\bDihapus\./.test(part.text)) push(['parts', i, 'text'], 'the restated Pasal must show "Dihapus." where the repealed unit stood');
    }
    if ('inserts' in part) {
      const law = idx.law(part.inserts.law);
      const after = /^Pasal (\S+)$/.exec(part.inserts.after)?.[1] ?? '';
      if (!law) push(['parts', i, 'inserts', 'law'], `no law ${part.inserts.law} in templates/law/laws.yaml`);
      else if (!law.articles.includes(after)) push(['parts', i, 'inserts', 'after'], `${part.inserts.law} has no Pasal ${after}`);
    }
  });
  for (const name of declared) if (!used.has(name)) push(['params'], `parameter ${name} is declared but never used in the text`);
  t.closes.forEach((c, i) => {
    const gap = idx.gap(c.gap);
    if (!gap) return push(['closes', i, 'gap'], `no gap ${c.gap} in templates/gaps.yaml`);
    c.criteria.forEach((id, j) => {
      if (!gap.criteria.some((x) => x.id === id)) push(['closes', i, 'criteria', j], `${c.gap} has no criterion ${id}`);
    });
    const conds = c.when === undefined ? [] : Array.isArray(c.when) ? c.when : [c.when];
    conds.forEach((cond) => {
      if ('param' in cond && !declared.has(cond.param)) push(['closes', i, 'when'], `condition on undeclared parameter ${cond.param}`);
      if ('term' in cond && !idx.term(cond.term)) push(['closes', i, 'when'], `condition on term "${cond.term}" that is not in templates/terms.yaml`);
    });
  });
  return out;
}

/** Every cross-file problem of the library. */
export function checkLibrary(lib: Library): CheckProblem[] {
  const out: CheckProblem[] = [];
  const idx = indexLibrary(lib);
  const seen = new Set<string>();
  lib.gaps.forEach((g, i) => {
    if (seen.has(g.id)) out.push({ file: 'gaps.yaml', field: `gaps.${i}.id`, path: ['gaps', i, 'id'], message: `duplicate gap ${g.id}` });
    seen.add(g.id);
    const ids = new Set<string>();
    for (const c of g.criteria) {
      if (ids.has(c.id)) out.push({ file: 'gaps.yaml', field: `gaps.${i}.criteria`, path: ['gaps', i, 'criteria'], message: `${g.id}: duplicate criterion ${c.id}` });
      ids.add(c.id);
    }
    if (!g.criteria.some((c) => c.for === 'full')) out.push({ file: 'gaps.yaml', field: `gaps.${i}.criteria`, path: ['gaps', i, 'criteria'], message: `${g.id} has no criterion for full closure` });
    g.existing.forEach((e, j) => {
      if (!idx.provision(e.law, e.article)) out.push({ file: 'gaps.yaml', field: `gaps.${i}.existing.${j}`, path: ['gaps', i, 'existing', j], message: `no corpus provision "${e.law} ${e.article}"` });
    });
  });
  const lawIds = new Set(lib.laws.map((l) => l.id));
  for (const p of lib.corpus) {
    if (!lawIds.has(p.law)) out.push({ file: `law/${p.law.toLowerCase()}.yaml`, field: 'law', path: [], message: `law ${p.law} is not in law/laws.yaml` });
    if (!lawIds.has(p.of)) out.push({ file: `law/${p.law.toLowerCase()}.yaml`, field: `${p.article}.of`, path: [], message: `law ${p.of} is not in law/laws.yaml` });
  }
  const termSeen = new Set<string>();
  lib.terms.forEach((t, i) => {
    if (termSeen.has(t.term)) out.push({ file: 'terms.yaml', field: `terms.${i}`, path: ['terms', i], message: `duplicate term ${t.term}` });
    termSeen.add(t.term);
    const parsed = parseDefinition(t.text);
    if (parsed && parsed.term !== t.term) out.push({ file: 'terms.yaml', field: `terms.${i}.term`, path: ['terms', i, 'term'], message: `the key "${t.term}" differs from the term the text defines ("${parsed.term}"); they must match or the definition is added twice` });
    if (!t.text.startsWith(`${t.term} `) || !/ adalah /.test(t.text)) out.push({ file: 'terms.yaml', field: `terms.${i}.text`, path: ['terms', i, 'text'], message: 'a definition reads "<Term> adalah ..." or "<Term> yang selanjutnya disebut/disingkat <X> adalah ..." (R53)' });
  });
  const tplSeen = new Set<string>();
  for (const t of lib.templates) {
    if (tplSeen.has(t.id)) out.push({ file: `clauses/${t.id}.yaml`, template: t.id, field: 'id', path: ['id'], message: `duplicate template id ${t.id}` });
    tplSeen.add(t.id);
    out.push(...templateProblems(t, lib));
  }
  return out;
}

/** Gaps that the whole library, at default parameters, cannot close fully. */
export function unclosableGaps(lib: Library): { gap: string; missing: string[] }[] {
  const allTerms = new Set(lib.terms.flatMap((t) => [t.term]));
  const satisfied = new Map<string, Set<string>>();
  for (const t of lib.templates) {
    for (const [gap, crits] of templateCriteria(t, defaultParams(t), allTerms)) {
      const s = satisfied.get(gap) ?? new Set<string>();
      crits.forEach((c) => s.add(c));
      satisfied.set(gap, s);
    }
  }
  return lib.gaps
    .filter((g) => gapState(g, satisfied.get(g.id) ?? new Set()) !== 'closed')
    .map((g) => ({ gap: g.id, missing: g.criteria.filter((c) => c.for === 'full' && !satisfied.get(g.id)?.has(c.id)).map((c) => c.id) }));
}
