// Existing law behind the clause at the cursor: the corpus provision it
// amends, replaces, repeals or inserts into, its status and sources, the
// wording in force, and a word-level diff of existing against proposed text.
import type { EditorState } from 'prosemirror-state';
import type { ClauseInstance } from '../core/clauses';
import type { LibraryIndex } from '../core/library';
import { buildRedline } from '../core/redline';
import { getNumbering } from '../editor';
import { t, type Lang } from './i18n';

const STATUS: Readonly<Record<string, { id: string; en: string }>> = {
  verbatim: { id: 'verbatim', en: 'verbatim' },
  'verbatim-2': { id: 'verbatim (dua sumber)', en: 'verbatim (two sources)' },
  partial: { id: 'sebagian — teks tidak lengkap', en: 'partial — text incomplete' },
  paraphrase: { id: 'parafrasa — bukan teks pasal', en: 'paraphrase — not the article text' },
};

const OP: Readonly<Record<string, { id: string; en: string }>> = {
  amends: { id: 'diubah', en: 'amended' },
  replaces: { id: 'digantikan fungsinya', en: 'superseded in function' },
  repeals: { id: 'dihapus', en: 'repealed' },
  inserts: { id: 'disisipi pasal baru', en: 'new article inserted' },
};

const CURRENCY: Readonly<Record<string, { id: string; en: string }>> = {
  'in-force': { id: 'berlaku', en: 'in force' },
  superseded: { id: 'sudah diganti', en: 'superseded' },
  revoked: { id: 'sudah dicabut', en: 'revoked' },
  'not-a-provision': { id: 'bukan ketentuan', en: 'not a provision' },
  unclear: { id: 'status berlakunya belum pasti', en: 'currency unclear' },
};

export function LawPane({ state, lib, lang, clause }: { state: EditorState; lib: LibraryIndex; lang: Lang; clause: ClauseInstance | null }) {
  if (!clause) return <div className="pane law-pane"><p className="hint">{t(lang, 'noClause')}</p></div>;
  const ids = new Set(clause.nodes.map((n) => n.id));
  // Entries of this clause: their node is one of the clause's nodes or inside one.
  const entries = buildRedline(state.doc, getNumbering(state), lib).filter((e) => {
    if (ids.has(e.nodeId)) return true;
    let inside = false;
    state.doc.descendants((n) => {
      if (inside) return false;
      if (ids.has(String(n.attrs.id))) {
        n.descendants((c) => {
          if (c.attrs.id === e.nodeId) inside = true;
          return !inside;
        });
        return false;
      }
      return true;
    });
    return inside;
  });
  const tpl = lib.template(clause.template);
  return (
    <div className="pane law-pane">
      <h3>{tpl?.title[lang] ?? clause.template}</h3>
      {entries.length === 0 ? <p className="hint">{t(lang, 'noLinks')}</p> : null}
      {entries.map((e) => {
        const law = lib.law(e.law);
        const p = e.provision;
        return (
          <section key={`${e.nodeId}-${e.article}-${e.op}`} className="law-entry" data-status={e.status ?? 'none'}>
            <h4>
              {law?.citation ?? e.law} — {e.article} <span className="op">{OP[e.op]?.[lang] ?? e.op}</span>
            </h4>
            {p ? (
              <p className={`law-status ${p.status}`}>
                {t(lang, 'status')}: <b>{STATUS[p.status]?.[lang] ?? p.status}</b> · {CURRENCY[p.currency]?.[lang] ?? p.currency}
                <br />
                {t(lang, 'source')}:{' '}
                {p.sources.map((s) => (
                  <span key={s} className="src">
                    {s}
                  </span>
                ))}
              </p>
            ) : null}
            {e.notes.map((n) => (
              <p key={n.text} className={`law-note${n.warn ? ' warn' : ''}`}>
                {n.text}
              </p>
            ))}
            {p?.english ? <p className="gloss">{p.english}</p> : null}
            <h5>{e.basis.startsWith('in-force') ? t(lang, 'inForce') : t(lang, 'diff')}</h5>
            <div className="diff" lang="id">
              {e.segments.map((s, i) => (
                <span key={i} className={`seg ${s.type}`}>
                  {s.text}
                </span>
              ))}
            </div>
          </section>
        );
      })}
    </div>
  );
}
