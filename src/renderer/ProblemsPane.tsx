// The drafting lint as a problems list, each finding with its rule and place.
import type { Finding } from '../core/lint/finding';
import { t, type Lang } from './i18n';

export function ProblemsPane({ findings, stale, lang, onJump }: { findings: readonly Finding[]; stale: boolean; lang: Lang; onJump: (f: Finding) => void }) {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return (
    <div className={`pane problems-pane${stale ? ' stale' : ''}`}>
      <p className="summary" data-testid="problem-summary">
        {errors} {t(lang, 'errors')}, {findings.length - errors} {t(lang, 'warnings')}
      </p>
      {findings.length === 0 ? <p className="hint">{t(lang, 'noProblems')}</p> : null}
      <ul className="problem-list">
        {findings.map((f, i) => (
          <li key={i} className={`problem ${f.severity}`} data-rule={f.rule}>
            <button onClick={() => onJump(f)}>
              <span className="rule">{f.rule}</span> <span className="at">{f.at}</span> <span className="msg">{f.message}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
