// The drafting lint as a problems list, each finding with its rule and place.
import type { Finding } from '../core/lint/finding';
import type { LibraryIndex } from '../core/library';
import { t, type Lang } from './i18n';

/**
 * Messages are in Indonesian, the language of the bill; in the English
 * interface each finding also shows its rule's English title (templates/rules.yaml).
 */
export function ProblemsPane({ findings, stale, lang, lib, onJump }: { findings: readonly Finding[]; stale: boolean; lang: Lang; lib: LibraryIndex; onJump: (f: Finding) => void }) {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return (
    <div className={`pane problems-pane${stale ? ' stale' : ''}`}>
      <p className="summary" data-testid="problem-summary">
        {errors} {t(lang, 'errors')}, {findings.length - errors} {t(lang, 'warnings')}
      </p>
      {findings.length === 0 ? <p className="hint">{t(lang, 'noProblems')}</p> : null}
      {findings.length > 0 && lang === 'en' ? <p className="hint">{t(lang, 'lintLanguage')}</p> : null}
      <ul className="problem-list">
        {findings.map((f, i) => (
          <li key={i} className={`problem ${f.severity}`} data-rule={f.rule}>
            <button onClick={() => onJump(f)}>
              <span className="rule">{f.rule}</span> <span className="at">{f.at}</span>
              {lang === 'en' && lib.rule(f.rule) ? <span className="rule-title">{lib.rule(f.rule)!.en}</span> : null}{' '}
              <span className="msg" lang="id">
                {f.message}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
