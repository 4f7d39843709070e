// Modal dialogs of the shell: prompts, confirmations, the web file picker,
// the cross-reference picker, export with progress, and crash recovery.
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { t, type Lang } from './i18n';
import type { Segment } from '../core/redline';
import type { Severity } from '../core/library';
import { createProjectGap, ProjectGapError, type ProjectGapInput } from '../core/project-gaps';

export function Modal({ title, children, onClose, wide }: { title: string; children: ReactNode; onClose?: () => void; wide?: boolean }) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && onClose) onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="modal-backdrop" role="presentation">
      <div className={`modal${wide ? ' wide' : ''}`} role="dialog" aria-modal="true" aria-label={title}>
        <h2>{title}</h2>
        {children}
      </div>
    </div>
  );
}

export function PromptModal({ title, label, initial, lang, onDone }: { title: string; label: string; initial: string; lang: Lang; onDone: (value: string | null) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <Modal title={title} onClose={() => onDone(null)}>
      <form onSubmit={(e) => (e.preventDefault(), onDone(value.trim() || null))}>
        <label>
          {label}
          <input autoFocus value={value} onChange={(e) => setValue(e.target.value)} />
        </label>
        <div className="buttons">
          <button type="button" onClick={() => onDone(null)}>
            {t(lang, 'cancel')}
          </button>
          <button type="submit" className="primary">
            {t(lang, 'ok')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

export function ConfirmModal({ title, message, lang, onDone }: { title: string; message: string; lang: Lang; onDone: (ok: boolean) => void }) {
  return (
    <Modal title={title} onClose={() => onDone(false)}>
      <p>{message}</p>
      <div className="buttons">
        <button onClick={() => onDone(false)}>{t(lang, 'cancel')}</button>
        <button className="primary" autoFocus onClick={() => onDone(true)}>
          {t(lang, 'ok')}
        </button>
      </div>
    </Modal>
  );
}

export function FilePicker({ files, lang, onDone }: { files: readonly { handle: string; name: string }[]; lang: Lang; onDone: (handle: string | null) => void }) {
  return (
    <Modal title={t(lang, 'openFile')} onClose={() => onDone(null)}>
      {files.length === 0 ? <p>{t(lang, 'noFiles')}</p> : null}
      <ul className="file-list">
        {files.map((f) => (
          <li key={f.handle}>
            <button onClick={() => onDone(f.handle)}>{f.name}</button>
          </li>
        ))}
      </ul>
      <div className="buttons">
        <button onClick={() => onDone(null)}>{t(lang, 'cancel')}</button>
      </div>
    </Modal>
  );
}

export interface RefTarget {
  readonly id: string;
  readonly label: string;
  readonly text: string;
  readonly depth: number;
}

/** Targets listed at once in the reference picker. */
const REF_LIST_LIMIT = 400;

export function RefPicker({ targets, lang, onDone }: { targets: readonly RefTarget[]; lang: Lang; onDone: (ids: string[] | null) => void }) {
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const matching = useMemo(() => {
    const q = query.trim().toLowerCase();
    return targets.filter((x) => !q || `${x.label} ${x.text}`.toLowerCase().includes(q));
  }, [targets, query]);
  // A long list is cut for speed, and the picker says so rather than hide targets silently.
  const shown = matching.slice(0, REF_LIST_LIMIT);
  return (
    <Modal title={t(lang, 'pickReference')} onClose={() => onDone(null)} wide>
      <input autoFocus type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Pasal 5 ayat (2)…" aria-label={t(lang, 'pickReference')} />
      <ul className="ref-list">
        {shown.map((x) => (
          <li key={x.id} className={`d${x.depth}`}>
            <label>
              <input type="checkbox" checked={chosen.includes(x.id)} onChange={(e) => setChosen(e.target.checked ? [...chosen, x.id] : chosen.filter((c) => c !== x.id))} />
              <b>{x.label}</b> {x.text}
            </label>
          </li>
        ))}
      </ul>
      {matching.length > shown.length ? (
        <p className="hint" role="status">
          {t(lang, 'refListCut').replace('{shown}', String(shown.length)).replace('{total}', String(matching.length))}
        </p>
      ) : null}
      <div className="buttons">
        <button onClick={() => onDone(null)}>{t(lang, 'cancel')}</button>
        <button className="primary" disabled={chosen.length === 0} onClick={() => onDone(chosen)}>
          {t(lang, 'insert')}
        </button>
      </div>
    </Modal>
  );
}

export type ExportKindName = 'bill' | 'redline' | 'checklist' | 'matrix';

export interface ExportChoice {
  readonly kinds: ExportKindName[];
  readonly author: string;
  readonly topMarginCm: number;
}

export function ExportModal({ lang, author, topMarginCm, onDone }: { lang: Lang; author: string; topMarginCm: number; onDone: (r: ExportChoice | null) => void }) {
  const [kinds, setKinds] = useState<ExportKindName[]>(['bill', 'redline', 'checklist', 'matrix']);
  const [name, setName] = useState(author);
  const [top, setTop] = useState(String(topMarginCm));
  const topCm = Number(top.replace(',', '.'));
  const topOk = /^\d+([.,]\d+)?$/.test(top) && topCm >= 2 && topCm <= 10;
  const label: Record<ExportKindName, string> = { bill: t(lang, 'bill'), redline: t(lang, 'redline'), checklist: t(lang, 'checklistDoc'), matrix: t(lang, 'matrix') };
  return (
    <Modal title={t(lang, 'export')} onClose={() => onDone(null)}>
      <fieldset>
        <legend>{t(lang, 'exportKinds')}</legend>
        {(Object.keys(label) as ExportKindName[]).map((k) => (
          <label key={k} className="check">
            <input type="checkbox" checked={kinds.includes(k)} onChange={(e) => setKinds(e.target.checked ? [...kinds, k] : kinds.filter((x) => x !== k))} /> {label[k]}
          </label>
        ))}
      </fieldset>
      <label>
        {t(lang, 'author')} <input value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        {t(lang, 'topMargin')} <input className="num" inputMode="decimal" value={top} aria-invalid={!topOk} onChange={(e) => setTop(e.target.value)} data-field="top-margin" />
      </label>
      <p className={topOk ? 'hint' : 'hint error'}>{t(lang, 'topMarginHelp')}</p>
      <div className="buttons">
        <button onClick={() => onDone(null)}>{t(lang, 'cancel')}</button>
        <button className="primary" disabled={kinds.length === 0 || !name.trim() || !topOk} onClick={() => onDone({ kinds, author: name.trim(), topMarginCm: topCm })}>
          {t(lang, 'export')}
        </button>
      </div>
    </Modal>
  );
}

export function ProgressModal({ lang, done, total, name, files, downloadUrl, onClose }: { lang: Lang; done: number; total: number; name: string; files: readonly string[] | null; downloadUrl: (f: string) => string | null; onClose: () => void }) {
  return (
    <Modal title={t(lang, 'exporting')} onClose={files ? onClose : undefined}>
      <progress max={Math.max(total, 1)} value={files ? Math.max(total, 1) : done} />
      <p className="progress-name">{files ? t(lang, 'exported') : name}</p>
      {files ? (
        <ul className="export-files">
          {files.map((f) => {
            const url = downloadUrl(f);
            return <li key={f}>{url ? <a href={url}>{f.split(/[\\/]/).pop()}</a> : f}</li>;
          })}
        </ul>
      ) : null}
      {files ? (
        <div className="buttons">
          <button className="primary" onClick={onClose}>
            {t(lang, 'ok')}
          </button>
        </div>
      ) : null}
    </Modal>
  );
}

export function RecoveryModal({ lang, name, savedAt, diff, onDone }: { lang: Lang; name: string; savedAt: string; diff: readonly Segment[] | null; onDone: (keep: boolean) => void }) {
  return (
    <Modal title={`${t(lang, 'recovered')}: ${name}`} wide>
      <p>{savedAt.replace('T', ' ').slice(0, 19)}</p>
      <h4>{t(lang, 'recoveredDiff')}</h4>
      <div className="diff recovery-diff">
        {diff === null ? <i>—</i> : diff.filter((s) => s.type !== 'equal' || s.text.length < 200).map((s, i) => <span key={i} className={`seg ${s.type}`}>{s.type === 'equal' && s.text.length > 120 ? `${s.text.slice(0, 60)} … ${s.text.slice(-60)}` : s.text}</span>)}
      </div>
      <div className="buttons">
        <button onClick={() => onDone(false)}>{t(lang, 'discard')}</button>
        <button className="primary" onClick={() => onDone(true)}>
          {t(lang, 'keep')}
        </button>
      </div>
    </Modal>
  );
}

/** A reviewer's own gap: title, severity, statement and closure criteria (full or partial). */
export function ProjectGapModal({ lang, addedBy, onDone }: { lang: Lang; addedBy: string; onDone: (gap: ProjectGapInput | null) => void }) {
  const [title, setTitle] = useState('');
  const [titleEn, setTitleEn] = useState('');
  const [statement, setStatement] = useState('');
  const [severity, setSeverity] = useState<Severity>('medium');
  const [criteria, setCriteria] = useState<{ text: string; for: 'full' | 'partial' }[]>([{ text: '', for: 'full' }]);
  const [problem, setProblem] = useState<string | null>(null);
  const setCriterion = (i: number, change: Partial<{ text: string; for: 'full' | 'partial' }>) => setCriteria((cs) => cs.map((c, j) => (j === i ? { ...c, ...change } : c)));
  const submit = () => {
    const input: ProjectGapInput = { title, titleEn, statement, severity, criteria, addedBy };
    try {
      createProjectGap([], input); // validation only; the shell assigns the id
      onDone(input);
    } catch (e) {
      setProblem(e instanceof ProjectGapError ? t(lang, e.field === 'title' ? 'projectGapTitleMissing' : 'projectGapCriteriaMissing') : String(e));
    }
  };
  return (
    <Modal title={t(lang, 'projectGap')} onClose={() => onDone(null)} wide>
      <form className="project-gap-form" onSubmit={(e) => (e.preventDefault(), submit())}>
        <p className="hint">{t(lang, 'projectGapHelp')}</p>
        <label>
          {t(lang, 'projectGapTitle')}
          <input autoFocus name="title" value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          {t(lang, 'projectGapTitleEn')}
          <input name="titleEn" value={titleEn} onChange={(e) => setTitleEn(e.target.value)} />
        </label>
        <label>
          {t(lang, 'projectGapStatement')}
          <textarea name="statement" rows={2} value={statement} onChange={(e) => setStatement(e.target.value)} />
        </label>
        <label>
          {t(lang, 'severity')}
          <select name="severity" value={severity} onChange={(e) => setSeverity(e.target.value as Severity)}>
            {(['critical', 'high', 'medium'] as const).map((s) => (
              <option key={s} value={s}>
                {t(lang, s)}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>{t(lang, 'criteria')}</legend>
          {criteria.map((c, i) => (
            <div className="criterion-row" key={i}>
              <input aria-label={`${t(lang, 'criterionText')} ${i + 1}`} name={`criterion-${i}`} value={c.text} onChange={(e) => setCriterion(i, { text: e.target.value })} />
              <select aria-label={`${t(lang, 'criteria')} ${i + 1}`} name={`criterion-for-${i}`} value={c.for} onChange={(e) => setCriterion(i, { for: e.target.value as 'full' | 'partial' })}>
                <option value="full">{t(lang, 'full')}</option>
                <option value="partial">{t(lang, 'partial')}</option>
              </select>
              <button type="button" title={t(lang, 'removeCriterion')} disabled={criteria.length === 1} onClick={() => setCriteria((cs) => cs.filter((_, j) => j !== i))}>
                ×
              </button>
            </div>
          ))}
          <button type="button" onClick={() => setCriteria((cs) => [...cs, { text: '', for: 'full' }])}>
            {t(lang, 'addCriterion')}
          </button>
        </fieldset>
        {problem ? (
          <p className="hint error" role="alert">
            {problem}
          </p>
        ) : null}
        <div className="buttons">
          <button type="button" onClick={() => onDone(null)}>
            {t(lang, 'cancel')}
          </button>
          <button type="submit" className="primary">
            {t(lang, 'ok')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
