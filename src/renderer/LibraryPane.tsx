// The clause library: search and filter templates, preview them in Indonesian
// and English with their RA 11930 sources, fill their parameters within bounds,
// and insert them at the right place. When the cursor is in a clause, its
// parameters can be changed here.
import { useMemo, useState } from 'react';
import type { ClauseTemplate, LibraryIndex, Param } from '../core/library';
import { formatValue, slotFormat, valueProblem, type ParamValue, type ValueProblem } from '../core/params';
import { rupiah } from '../core/terbilang';
import { englishGloss } from '../core/gloss';
import { templateExtent } from '../core/library-summary';
import type { ClauseInstance } from '../core/clauses';
import type { GapStatus } from '../core/gaps';
import { t, type Lang } from './i18n';

export interface LibraryPaneProps {
  readonly lib: LibraryIndex;
  readonly lang: Lang;
  readonly gaps: readonly GapStatus[];
  readonly selected: ClauseInstance | null;
  readonly onInsert: (template: ClauseTemplate, params: Record<string, ParamValue>) => void;
  readonly onSetParam: (clause: string, name: string, value: ParamValue) => void;
}

/** A parameter value's problem in the interface language. */
function problemText(p: ValueProblem, lang: Lang): string {
  switch (p.kind) {
    case 'integer':
      return t(lang, 'paramInteger');
    case 'min':
      return t(lang, 'paramMin').replace('{n}', String(p.bound));
    case 'max':
      return t(lang, 'paramMax').replace('{n}', String(p.bound));
    case 'choice':
      return t(lang, 'paramChoice');
  }
}

/** One parameter input; kategori shows its rupiah equivalent (KUHP Pasal 79). */
export function ParamInput({ param, value, lib, lang, onChange }: { param: Param; value: ParamValue; lib: LibraryIndex; lang: Lang; onChange: (v: ParamValue) => void }) {
  // What the drafter is typing, until the field loses focus: an intermediate
  // value ("4" on the way to "48", or one out of bounds) stays in the field
  // with its error instead of being replaced by the last valid value.
  const [typed, setTyped] = useState<string | null>(null);
  const current: ParamValue = typed === null || param.type === 'choice' ? value : typed.trim() === '' ? Number.NaN : Number(typed);
  const problem = valueProblem(param, current);
  const error = problem ? problemText(problem, lang) : null;
  const label = param.label[lang];
  const id = `param-${param.name}`;
  let input: React.ReactNode;
  if (param.type === 'choice') {
    input = (
      <select id={id} value={String(value)} onChange={(e) => onChange(e.target.value)}>
        {param.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label[lang]}
          </option>
        ))}
      </select>
    );
  } else {
    const shown = typed ?? (typeof value === 'number' && Number.isFinite(value) ? String(value) : '');
    input = (
      <input
        id={id}
        type="number"
        step={1}
        min={param.min}
        max={param.max}
        value={shown}
        onChange={(e) => {
          setTyped(e.target.value);
          onChange(e.target.value.trim() === '' ? Number.NaN : Number(e.target.value));
        }}
        onBlur={() => setTyped(null)}
        aria-invalid={error ? true : undefined}
      />
    );
  }
  const kategori = param.type === 'kategori' && !error ? lib.library.kategori.find((k) => k.kategori === current) : undefined;
  return (
    <div className={`param${error ? ' invalid' : ''}`} data-param={param.name}>
      <label htmlFor={id}>{label}</label>
      {input}
      <span className="param-unit">
        {param.type === 'integer' ? param.unit : ''}
        {param.type !== 'choice' ? ` (${param.min}–${param.max})` : ''}
      </span>
      <div className="param-render">
        {error ? <span className="error">{error}</span> : formatValue(slotFormat(param), current)}
        {kategori ? ` = ${t(lang, 'rupiahOf')} ${rupiah(kategori.rupiah)}` : ''}
      </div>
      {param.help ? <div className="param-help">{param.help[lang]}</div> : null}
    </div>
  );
}

function previewText(template: ClauseTemplate, params: Record<string, ParamValue>): string {
  return template.parts
    .map((p) => {
      const body = 'text' in p && p.text !== undefined ? p.text : 'repeals' in p ? `${p.repeals.article} ${p.repeals.law}: dihapus.` : '';
      const where = 'chapter' in p ? p.chapter : 'amends' in p ? `${p.amends.law} ${p.amends.article}` : 'inserts' in p ? `${p.inserts.law} setelah ${p.inserts.after}` : p.repeals.law;
      return `[${where}]\n${body
        .replace(/\{(ref|bare):[^}]+\}/g, 'sebagaimana dimaksud dalam Pasal …')
        .replace(/\{([a-z][A-Za-z0-9]*)\}/g, (_m, name: string) => {
          const param = template.params.find((x) => x.name === name);
          return param ? formatValue(slotFormat(param), params[name] ?? param.default) : `{${name}}`;
        })}`;
    })
    .join('\n\n');
}

export function LibraryPane({ lib, lang, gaps, selected, onInsert, onSetParam }: LibraryPaneProps) {
  const [query, setQuery] = useState('');
  const [gap, setGap] = useState('');
  const [severity, setSeverity] = useState('');
  const [chapter, setChapter] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const [params, setParams] = useState<Record<string, ParamValue>>({});
  const templates = lib.library.templates;
  const extents = useMemo(() => new Map(templates.map((tpl) => [tpl.id, templateExtent(tpl, lib)])), [templates, lib]);
  const statusOf = useMemo(() => new Map(gaps.map((g) => [g.id, g.status])), [gaps]);
  const filtered = templates.filter((tpl) => {
    const q = query.trim().toLowerCase();
    if (q && !`${tpl.id} ${tpl.title.id} ${tpl.title.en} ${tpl.summary.id} ${tpl.summary.en}`.toLowerCase().includes(q)) return false;
    const ex = extents.get(tpl.id) ?? [];
    if (gap && !ex.some((e) => e.gap === gap)) return false;
    if (severity && !ex.some((e) => lib.gap(e.gap)?.severity === severity)) return false;
    if (chapter && !tpl.parts.some((p) => ('chapter' in p ? p.chapter : 'perubahan') === chapter)) return false;
    return true;
  });
  const chosen = open ? lib.template(open) : undefined;
  const selectedTemplate = selected ? lib.template(selected.template) : undefined;
  const values = (tpl: ClauseTemplate): Record<string, ParamValue> => Object.fromEntries(tpl.params.map((p) => [p.name, params[p.name] ?? p.default]));
  const valid = chosen ? chosen.params.every((p) => valueProblem(p, values(chosen)[p.name]) === null) : false;
  return (
    <div className="pane library-pane">
      {selected && selectedTemplate && selectedTemplate.params.length > 0 ? (
        <section className="clause-params" data-clause={selected.clause}>
          <h3>
            {t(lang, 'clauseParams')}: {selectedTemplate.title[lang]}
            {selected.modified ? <span className="badge modified">{t(lang, 'modified')}</span> : null}
          </h3>
          {selectedTemplate.params.map((p) => (
            <ParamInput key={p.name} param={p} lib={lib} lang={lang} value={selected.params[p.name] ?? p.default} onChange={(v) => (valueProblem(p, v) === null ? onSetParam(selected.clause, p.name, v) : undefined)} />
          ))}
        </section>
      ) : null}
      <div className="filters">
        <input type="search" placeholder={t(lang, 'search')} value={query} onChange={(e) => setQuery(e.target.value)} aria-label={t(lang, 'search')} />
        <select value={gap} onChange={(e) => setGap(e.target.value)} aria-label={t(lang, 'allGaps')}>
          <option value="">{t(lang, 'allGaps')}</option>
          {lib.library.gaps.map((g) => (
            <option key={g.id} value={g.id}>
              {g.id} {g.title[lang].slice(0, 50)}
            </option>
          ))}
        </select>
        <select value={severity} onChange={(e) => setSeverity(e.target.value)} aria-label={t(lang, 'allSeverities')}>
          <option value="">{t(lang, 'allSeverities')}</option>
          <option value="critical">{t(lang, 'critical')}</option>
          <option value="high">{t(lang, 'high')}</option>
          <option value="medium">{t(lang, 'medium')}</option>
        </select>
        <select value={chapter} onChange={(e) => setChapter(e.target.value)} aria-label={t(lang, 'allPlacements')}>
          <option value="">{t(lang, 'allPlacements')}</option>
          {lib.library.chapters.map((c) => (
            <option key={c.key} value={c.key}>
              {lang === 'id' ? c.title : c.en}
            </option>
          ))}
        </select>
      </div>
      <ul className="template-list">
        {filtered.map((tpl) => (
          <li key={tpl.id} className={open === tpl.id ? 'open' : ''} data-template={tpl.id}>
            <button
              className="template-title"
              onClick={() => {
                setOpen(open === tpl.id ? null : tpl.id);
                setParams({});
              }}
            >
              <span>{tpl.title[lang]}</span>
              <span className="gap-chips">
                {(extents.get(tpl.id) ?? []).map((e) => (
                  <span key={e.gap} className={`chip ${statusOf.get(e.gap) ?? 'open'}`} title={`${e.gap}: ${e.extent === 'full' ? t(lang, 'full') : t(lang, 'partial')}`}>
                    {e.gap}
                    {e.extent === 'full' ? '' : '~'}
                  </span>
                ))}
              </span>
            </button>
            {open === tpl.id && chosen ? (
              <div className="template-detail">
                <p className="summary">{chosen.summary[lang]}</p>
                <p className="source">
                  <b>{t(lang, 'source')}:</b> {chosen.source.map((s) => `${s.ref} [${s.label}]`).join('; ')}
                </p>
                <pre className="preview" lang="id">{previewText(chosen, values(chosen))}</pre>
                <details>
                  <summary>English</summary>
                  <pre className="preview" lang="en">{englishGloss(chosen, values(chosen), lib.library.kategori)}</pre>
                </details>
                {chosen.notes ? (
                  <p className="notes">
                    <b>{t(lang, 'notes')}:</b> {chosen.notes[lang]}
                  </p>
                ) : null}
                {chosen.uncertain.length ? (
                  <ul className="uncertain">
                    {chosen.uncertain.map((u) => (
                      <li key={u}>
                        <b>{t(lang, 'uncertain')}:</b> {u}
                      </li>
                    ))}
                  </ul>
                ) : null}
                {chosen.params.length ? <h4>{t(lang, 'parameters')}</h4> : null}
                {chosen.params.map((p) => (
                  <ParamInput key={p.name} param={p} lib={lib} lang={lang} value={values(chosen)[p.name]!} onChange={(v) => setParams({ ...params, [p.name]: v })} />
                ))}
                <button className="primary insert" disabled={!valid} onClick={() => onInsert(chosen, values(chosen))}>
                  {t(lang, 'insert')}
                </button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
