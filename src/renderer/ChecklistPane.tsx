// The gap checklist: each gap's status and closing Pasal, live as the drafter
// types; the gap's criteria beside the clauses that satisfy them; review
// (accept or dispute with a note) and its staleness; a coverage picture.
import { useMemo, useState } from 'react';
import { closingClauses, coverageColumns } from '../core/coverage';
import type { GapStatus } from '../core/gaps';
import type { Gap, LibraryIndex } from '../core/library';
import type { ProjectGap, Review } from '../core/draft';
import { latestReviews, reviewState, type ReviewState } from '../core/checklist';
import { t, type Lang, type StringKey } from './i18n';

export interface ChecklistPaneProps {
  readonly lib: LibraryIndex;
  readonly lang: Lang;
  readonly gaps: readonly GapStatus[];
  readonly projectGaps: readonly ProjectGap[];
  readonly reviews: readonly Review[];
  readonly reviewer: string;
  readonly onReviewer: (name: string) => void;
  readonly onReview: (gap: string, status: 'accepted' | 'disputed', note: string, basis: string) => void;
  readonly onJump: (pasalLabel: string) => void;
  readonly onAddProjectGap: () => void;
  /** Links the clause or Pasal at the editor's cursor to a criterion of a project gap. */
  readonly onLinkProjectGap: (gap: string, criterion: string) => void;
  readonly onUnlinkProjectGap: (gap: string, clause: string, criterion: string) => void;
  readonly onRemoveProjectGap: (gap: string) => void;
}

const STATUS_KEY: Readonly<Record<string, StringKey>> = { closed: 'closed', partial: 'partial', open: 'open_' };
const REVIEW_KEY: Readonly<Record<ReviewState, StringKey>> = { none: 'reviewNone', accepted: 'reviewAccepted', disputed: 'reviewDisputed', stale: 'reviewStale' };
const SEVERITY_ORDER: Readonly<Record<string, number>> = { critical: 0, high: 1, medium: 2 };

/** The coverage picture: gaps by severity against the clauses that close them. */
function Coverage({ gaps, lang }: { gaps: readonly GapStatus[]; lang: Lang }) {
  const columns = coverageColumns(gaps);
  const ordered = [...gaps].sort((a, b) => (SEVERITY_ORDER[a.severity] ?? 3) - (SEVERITY_ORDER[b.severity] ?? 3) || a.id.localeCompare(b.id));
  return (
    <div className="coverage" role="figure" aria-label={t(lang, 'coverage')}>
      <table>
        <thead>
          <tr>
            <th />
            {columns.map((c, i) => (
              <th key={c.clause} title={c.label}>
                {i + 1}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ordered.map((g) => {
            const by = closingClauses(g);
            return (
              <tr key={g.id} className={by.size <= 1 ? 'thin' : ''}>
                <th className={`sev-${g.severity}`} title={g.severity}>
                  {g.id}
                </th>
                {columns.map((c) => (
                  <td key={c.clause} className={by.has(c.clause) ? `cell ${g.status}` : 'cell'} title={by.has(c.clause) ? `${g.id} ← ${c.label}` : ''} />
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      <ol className="coverage-legend">
        {columns.map((c) => (
          <li key={c.clause}>{c.label}</li>
        ))}
      </ol>
    </div>
  );
}

/** A review time in the reader's own time zone ("29 Nov 2026, 10.05"); the file keeps UTC. */
function localTime(iso: string, lang: Lang): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

export function ChecklistPane({ lib, lang, gaps, projectGaps, reviews, reviewer, onReviewer, onReview, onJump, onAddProjectGap, onLinkProjectGap, onUnlinkProjectGap, onRemoveProjectGap }: ChecklistPaneProps) {
  const [open, setOpen] = useState<string | null>(null);
  const [onlyNeeds, setOnlyNeeds] = useState(false);
  // A note being written belongs to its gap: opening another gap does not carry it over.
  const [notes, setNotes] = useState<Readonly<Record<string, string>>>({});
  const setNote = (gap: string, text: string) => setNotes((n) => ({ ...n, [gap]: text }));
  const [showCoverage, setShowCoverage] = useState(false);
  const latest = useMemo(() => latestReviews(reviews), [reviews]);
  const project = (id: string): ProjectGap | undefined => projectGaps.find((g) => g.id === id);
  const gapOf = (id: string): Gap | undefined => lib.gap(id) ?? project(id);
  const rows = gaps.map((g) => {
    const review = latest.get(g.id);
    const state = reviewState(review, g.basis);
    return { g, review, state, needs: g.closedBy.length > 0 && state !== 'accepted' };
  });
  const summary = ['closed', 'partial', 'open'].map((s) => `${gaps.filter((g) => g.status === s).length} ${t(lang, STATUS_KEY[s]!)}`).join(' · ');
  return (
    <div className="pane checklist-pane">
      <div className="checklist-head">
        <span className="summary" data-testid="gap-summary">
          {summary}
        </span>
        <label>
          <input type="checkbox" checked={onlyNeeds} onChange={(e) => setOnlyNeeds(e.target.checked)} /> {t(lang, 'onlyNeedsReview')}
        </label>
        <button onClick={() => setShowCoverage(!showCoverage)}>{t(lang, 'coverage')}</button>
        <button onClick={onAddProjectGap}>{t(lang, 'projectGap')}</button>
      </div>
      {showCoverage ? <Coverage gaps={gaps} lang={lang} /> : null}
      <ul className="gap-list">
        {rows
          .filter((r) => !onlyNeeds || r.needs)
          .map(({ g, review, state }) => {
            const gap = gapOf(g.id);
            return (
              <li key={g.id} className={`gap ${g.status}`} data-gap={g.id} data-status={g.status} data-review={state}>
                <button className="gap-row" onClick={() => setOpen(open === g.id ? null : g.id)}>
                  <span className={`status-dot ${g.status}`} aria-hidden />
                  <span className="gap-id">{g.id}</span>
                  <span className={`sev sev-${g.severity}`}>{t(lang, g.severity as StringKey)}</span>
                  <span className="gap-title">{gap?.title[lang] ?? g.id}</span>
                  <span className="gap-status">{t(lang, STATUS_KEY[g.status]!)}</span>
                  <span className={`review-state ${state}`}>{t(lang, REVIEW_KEY[state])}</span>
                </button>
                <div className="closing">
                  {g.closedBy.map((c) => (
                    <span key={c.clause} className={`closing-clause${c.modified ? ' modified' : ''}`}>
                      {c.pasal.map((p) => (
                        <a key={p} href="#" onClick={(e) => (e.preventDefault(), onJump(p))}>
                          {p}
                        </a>
                      ))}
                      <span className="tpl">
                        {' '}
                        ({c.template || t(lang, 'handDrafted')}
                        {c.modified ? `, ${t(lang, 'modified')}` : ''})
                      </span>
                    </span>
                  ))}
                </div>
                {open === g.id && gap ? (
                  <div className="gap-detail">
                    <p className="statement">{gap.statement[lang]}</p>
                    {project(g.id) ? (
                      <p className="project-note">
                        {t(lang, 'projectGapBy')} {project(g.id)!.addedBy ?? '—'}{' '}
                        <button className="remove-project-gap" onClick={() => onRemoveProjectGap(g.id)}>
                          {t(lang, 'removeProjectGap')}
                        </button>
                      </p>
                    ) : null}
                    <h4>{t(lang, 'criteria')}</h4>
                    <ul className="criteria">
                      {gap.criteria.map((c) => (
                        <li key={c.id} className={g.satisfied.includes(c.id) ? 'met' : 'unmet'}>
                          <span className="tick">{g.satisfied.includes(c.id) ? '✓' : '○'}</span> <b>{c.id}</b> ({c.for === 'full' ? t(lang, 'full') : t(lang, 'partial')}) {c.text[lang]}
                          {project(g.id) ? (
                            <span className="by">
                              {g.closedBy
                                .filter((cl) => cl.criteria.includes(c.id))
                                .map((cl) => (
                                  <span key={cl.clause} className="claim">
                                    {cl.pasal.join(', ')}
                                    <button className="unlink" title={t(lang, 'unlink')} aria-label={`${t(lang, 'unlink')} ${cl.pasal.join(', ')}`} onClick={() => onUnlinkProjectGap(g.id, cl.clause, c.id)}>
                                      ×
                                    </button>
                                  </span>
                                ))}
                              <button className="link-at-cursor" onClick={() => onLinkProjectGap(g.id, c.id)}>
                                {t(lang, 'linkAtCursor')}
                              </button>
                            </span>
                          ) : (
                            <span className="by">
                              {g.closedBy
                                .filter((cl) => cl.criteria.includes(c.id))
                                .map((cl) => cl.pasal.join(', '))
                                .join('; ')}
                            </span>
                          )}
                        </li>
                      ))}
                    </ul>
                    <div className="review-box">
                      <h4>{t(lang, 'review')}</h4>
                      {review ? (
                        <p className={`last-review ${state}`}>
                          {t(lang, REVIEW_KEY[state])}: {review.by}, {localTime(review.at, lang)}
                          {review.note ? ` — “${review.note}”` : ''}
                        </p>
                      ) : null}
                      <label>
                        {t(lang, 'reviewer')} <input value={reviewer} onChange={(e) => onReviewer(e.target.value)} />
                      </label>
                      <label>
                        {t(lang, 'note')} <textarea value={notes[g.id] ?? ''} onChange={(e) => setNote(g.id, e.target.value)} rows={2} />
                      </label>
                      <div className="buttons">
                        <button className="accept" disabled={!reviewer.trim() || g.closedBy.length === 0} onClick={() => (onReview(g.id, 'accepted', notes[g.id] ?? '', g.basis ?? '00000000'), setNote(g.id, ''))}>
                          {t(lang, 'accept')}
                        </button>
                        <button className="dispute" disabled={!reviewer.trim()} onClick={() => (onReview(g.id, 'disputed', notes[g.id] ?? '', g.basis ?? '00000000'), setNote(g.id, ''))}>
                          {t(lang, 'dispute')}
                        </button>
                      </div>
                    </div>
                  </div>
                ) : null}
              </li>
            );
          })}
      </ul>
    </div>
  );
}
