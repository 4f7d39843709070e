// Find and replace over the whole bill (prosemirror-search).
import { useEffect, useState } from 'react';
import type { EditorView } from 'prosemirror-view';
import { SearchQuery, findNext, findPrev, replaceAll, replaceNext, setSearchState } from 'prosemirror-search';
import { t, type Lang } from './i18n';

export function FindBar({ view, lang, onClose }: { view: EditorView; lang: Lang; onClose: () => void }) {
  const [find, setFind] = useState('');
  const [replace, setReplace] = useState('');
  const [caseSensitive, setCaseSensitive] = useState(false);
  useEffect(() => {
    view.dispatch(setSearchState(view.state.tr, new SearchQuery({ search: find, replace, caseSensitive })));
  }, [view, find, replace, caseSensitive]);
  useEffect(
    () => () => {
      if (!view.isDestroyed) view.dispatch(setSearchState(view.state.tr, new SearchQuery({ search: '' })));
    },
    [view],
  );
  const run = (cmd: typeof findNext) => {
    cmd(view.state, view.dispatch);
    view.focus();
  };
  return (
    <div className="find-bar" role="search">
      <input autoFocus placeholder={t(lang, 'find')} value={find} onChange={(e) => setFind(e.target.value)} onKeyDown={(e) => (e.key === 'Enter' ? (e.preventDefault(), run(e.shiftKey ? findPrev : findNext)) : e.key === 'Escape' ? onClose() : undefined)} aria-label={t(lang, 'find')} />
      <input placeholder={t(lang, 'replace')} value={replace} onChange={(e) => setReplace(e.target.value)} aria-label={t(lang, 'replace')} />
      <label className="check">
        <input type="checkbox" checked={caseSensitive} onChange={(e) => setCaseSensitive(e.target.checked)} /> Aa
      </label>
      <button onClick={() => run(findPrev)}>{t(lang, 'previous')}</button>
      <button onClick={() => run(findNext)}>{t(lang, 'next')}</button>
      <button onClick={() => run(replaceNext)}>{t(lang, 'replace')}</button>
      <button onClick={() => run(replaceAll)}>{t(lang, 'replaceAll')}</button>
      <button onClick={onClose} aria-label={t(lang, 'close')}>
        ×
      </button>
    </div>
  );
}
