// The outline pane: BAB, Bagian, Paragraf and Pasal with live numbers; click
// to jump; move a Pasal or BAB up and down.
import { memo } from 'react';
import type { OutlineEntry } from '../editor';
import { t, type Lang } from './i18n';

function OutlineView({ entries, lang, current, onJump, onMove }: { entries: readonly OutlineEntry[]; lang: Lang; current: string | null; onJump: (e: OutlineEntry) => void; onMove: (e: OutlineEntry, dir: -1 | 1) => void }) {
  return (
    <nav className="outline" aria-label={t(lang, 'outline')}>
      <ul>
        {entries.map((e) => (
          <li key={e.id} className={`o-${e.kind} lvl-${e.level}${current === e.id ? ' current' : ''}`} data-id={e.id}>
            <button className="o-jump" onClick={() => onJump(e)} title={e.title}>
              <span className="o-label">{e.label}</span> <span className="o-title">{e.title}</span>
            </button>
            {e.kind === 'pasal' || e.kind === 'bab' ? (
              <span className="o-move">
                <button onClick={() => onMove(e, -1)} title={t(lang, 'moveUp')} aria-label={`${t(lang, 'moveUp')} ${e.label}`}>
                  ▲
                </button>
                <button onClick={() => onMove(e, 1)} title={t(lang, 'moveDown')} aria-label={`${t(lang, 'moveDown')} ${e.label}`}>
                  ▼
                </button>
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The outline re-renders only when its entries, current Pasal or language change. */
export const Outline = memo(OutlineView);
