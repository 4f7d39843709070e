// The React shell: menus, the outline, the editor and the side panes, wired
// to the outside only through the bridge (the ipc contract).
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { EditorState, Transaction } from 'prosemirror-state';
import { TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { undo, redo } from 'prosemirror-history';
import type { MenuCommand } from '../ipc/contract';
import { parseDraft, serializeDraft, describeDraftError, type Draft, type DraftMeta, type Review, type ProjectGap } from '../core/draft';
import { indexLibrary, type ClauseTemplate, type LibraryIndex } from '../core/library';
import { insertTemplate, setClauseParam } from '../core/instantiate';
import type { ParamValue } from '../core/params';
import { renderText } from '../core/reading';
import { diffText } from '../core/redline';
import { computeNumbering } from '../core/numbering';
import { locate } from '../core/lint/finding';
import type { Finding } from '../core/lint/finding';
import { applyTransform, createEditorState, deletePasal, getLint, getNumbering, insertReference, moveSibling, movePasalAcross, newBab, newBagian, newPasal, numberingVersion } from '../editor';
import type { OutlineEntry } from '../editor';
import { getBridge } from './bridge';
import { t, type Lang } from './i18n';
import { EditorHost } from './EditorHost';
import { Outline } from './Outline';
import { ErrorBoundary } from './ErrorBoundary';
import { LibraryPane } from './LibraryPane';
import { ChecklistPane } from './ChecklistPane';
import { LawPane } from './LawPane';
import { ProblemsPane } from './ProblemsPane';
import { FindBar } from './FindBar';
import { MenuBar } from './MenuBar';
import { ConfirmModal, ExportModal, FilePicker, type ExportChoice, Modal, ProgressModal, ProjectGapModal, PromptModal, RecoveryModal, RefPicker, type RefTarget } from './Modals';
import { clauseAtCursor, gapsOf, linkTargetAtCursor, outlineOf, positionOf } from './derived';
import { createProjectGap, linkClaim, removeProjectGap, unlinkClaim, type ProjectGapInput } from '../core/project-gaps';
import { projectClaims } from '../core/checklist';
import { collectClauses } from '../core/clauses';
import { pasalLabels } from '../core/gaps';

interface Session {
  readonly meta: DraftMeta;
  readonly reviews: readonly Review[];
  readonly projectGaps: readonly ProjectGap[];
  readonly handle: string | null;
  readonly name: string;
  readonly dirty: boolean;
  readonly recoveryKey: string | null;
  /** Which load this session came from: a recovery copy written for an earlier one is stale. */
  readonly loadId: number;
}

let loads = 0;

type Tab = 'library' | 'checklist' | 'law' | 'problems';

const stored = (key: string, fallback: string): string => {
  try {
    return window.localStorage.getItem(key) ?? fallback;
  } catch {
    return fallback;
  }
};

export function App() {
  const bridge = useMemo(getBridge, []);
  const [lang, setLang] = useState<Lang>(stored('rancang.lang', 'id') === 'en' ? 'en' : 'id');
  const [lib, setLib] = useState<LibraryIndex | null>(null);
  const [fatal, setFatal] = useState<string | null>(null);
  const [session, setSession] = useState<Session | null>(null);
  const [initialState, setInitialState] = useState<EditorState | null>(null);
  const [snapshot, setSnapshot] = useState<EditorState | null>(null);
  const [tab, setTab] = useState<Tab>('library');
  const [modal, setModal] = useState<ReactNode>(null);
  const [findOpen, setFindOpen] = useState(false);
  const [recent, setRecent] = useState<readonly { handle: string; name: string }[]>([]);
  const [toast, setToast] = useState<string | null>(null);
  const [reviewer, setReviewer] = useState(stored('rancang.reviewer', ''));
  const stateRef = useRef<EditorState | null>(null);
  const viewRef = useRef<EditorView | null>(null);
  const sessionRef = useRef<Session | null>(null);
  /** The top margin of the last export (R143: the extracted 8 cm is doubtful), kept for the session. */
  const topMarginRef = useRef(8);
  sessionRef.current = session;
  const snapshotTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const commandsRef = useRef<(c: MenuCommand) => void>(() => undefined);

  const notify = useCallback((msg: string) => {
    setToast(msg);
    setTimeout(() => setToast((cur) => (cur === msg ? null : cur)), 6000);
  }, []);

  const ask = useCallback(<T,>(render: (done: (v: T) => void) => ReactNode) => new Promise<T>((resolve) => setModal(render((v: T) => (setModal(null), resolve(v))))), []);

  const currentText = useCallback((): string | null => {
    const s = sessionRef.current;
    const st = stateRef.current;
    if (!s || !st) return null;
    const draft: Draft = { meta: s.meta, doc: st.doc, reviews: s.reviews, gaps: s.projectGaps };
    return serializeDraft(draft);
  }, []);

  // ---------------------------------------------------------------- loading

  const load = useCallback(
    (opened: { handle: string | null; name: string; text: string }, idx: LibraryIndex, dirty = false, recoveryKey: string | null = null) => {
      const parsed = parseDraft(opened.text);
      if (!parsed.ok) {
        notify(`${opened.name}: ${describeDraftError(parsed.error)}`);
        return false;
      }
      const state = createEditorState(parsed.draft.doc, {
        lib: idx,
        keys: {
          'Mod-s': () => (commandsRef.current('save'), true),
          'Mod-f': () => (commandsRef.current('find'), true),
          'Mod-e': () => (commandsRef.current('export'), true),
          'Mod-Shift-r': () => (openRefPicker(), true),
        },
      });
      // The draft being replaced was saved or its changes discarded on purpose:
      // its recovery copy must not come back at the next start.
      const replaced = sessionRef.current;
      if (replaced?.recoveryKey && replaced.recoveryKey !== recoveryKey) void bridge.recoveryDiscard({ key: replaced.recoveryKey }).catch(() => null);
      stateRef.current = state;
      setInitialState(state);
      setSnapshot(state);
      setSession({ meta: parsed.draft.meta, reviews: parsed.draft.reviews, projectGaps: parsed.draft.gaps, handle: opened.handle, name: opened.name, dirty, recoveryKey, loadId: ++loads });
      if (parsed.repaired.length) notify(parsed.repaired.join('; '));
      return true;
    },
    [notify],
  );

  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const library = await bridge.libraryLoad(null);
        const idx = indexLibrary(library);
        if (cancelled) return;
        setLib(idx);
        setRecent(await bridge.draftRecent(null));
        const recovered = await bridge.recoveryList(null);
        for (const r of recovered) {
          let saved: string | null = null;
          if (r.handle) saved = (await bridge.draftOpen({ handle: r.handle }).catch(() => null))?.text ?? null;
          const textOf = (s: string | null): string | null => {
            if (!s) return null;
            const p = parseDraft(s);
            return p.ok ? renderText(p.draft.doc, { numbering: computeNumbering(p.draft.doc), lib: idx }) : null;
          };
          const a = textOf(saved);
          const b = textOf(r.text);
          const keep = await ask<boolean>((done) => <RecoveryModal lang={lang} name={r.name} savedAt={r.savedAt} diff={b ? diffText(a ?? '', b) : null} onDone={done} />);
          if (keep) {
            if (load({ handle: r.handle, name: r.name, text: r.text }, idx, true, r.key)) return;
          } else await bridge.recoveryDiscard({ key: r.key });
        }
        const initial = await bridge.initialHandle();
        const opened = initial ? await bridge.draftOpen({ handle: initial }) : await bridge.draftNew({ starter: null });
        if (!cancelled && opened) load(opened, idx);
      } catch (e) {
        if (!cancelled) setFatal(e instanceof Error ? e.message : String(e));
      }
    })();
    return () => {
      cancelled = true;
    };
    // once at start
  }, []);

  // ---------------------------------------------------------------- editing

  const onState = useCallback((state: EditorState, tr: Transaction) => {
    stateRef.current = state;
    if (tr.docChanged && !tr.getMeta('rancang-maintenance')) setSession((s) => (s && !s.dirty ? { ...s, dirty: true } : s));
    if (!snapshotTimer.current) {
      snapshotTimer.current = setTimeout(() => {
        snapshotTimer.current = null;
        setSnapshot(stateRef.current);
      }, 90);
    }
  }, []);

  /** Applies a transaction; `focus: false` leaves the focus where it is (a parameter field being typed in). */
  const dispatch = useCallback((tr: Transaction, focus = true) => {
    const v = viewRef.current;
    if (!v) return;
    v.dispatch(tr);
    if (focus) v.focus();
  }, []);

  const jumpTo = useCallback(
    (pos: number) => {
      const v = viewRef.current;
      if (!v) return;
      const $pos = v.state.doc.resolve(Math.min(pos + 1, v.state.doc.content.size));
      dispatch(v.state.tr.setSelection(TextSelection.near($pos)).scrollIntoView());
      const dom = v.domAtPos(Math.min(pos + 1, v.state.doc.content.size)).node as HTMLElement;
      (dom.nodeType === 1 ? dom : dom.parentElement)?.scrollIntoView({ block: 'center' });
    },
    [dispatch],
  );

  const openRefPicker = useCallback(() => {
    const v = viewRef.current;
    if (!v) return;
    const numbering = getNumbering(v.state);
    const targets: RefTarget[] = [];
    v.state.doc.child(2).descendants((node) => {
      const id = typeof node.attrs.id === 'string' ? node.attrs.id : null;
      const info = id ? numbering.byId.get(id) : undefined;
      if (info && ['pasal', 'ayat', 'huruf', 'angka'].includes(info.kind) && !info.restated) {
        const text = (node.firstChild?.isTextblock ? node.firstChild.textContent : (node.firstChild?.firstChild?.textContent ?? '')).slice(0, 120);
        targets.push({ id: id!, label: locate(id!, numbering), text, depth: info.kind === 'pasal' ? 0 : info.kind === 'ayat' ? 1 : 2 });
      }
      return node.type.name !== 'poin';
    });
    void ask<string[] | null>((done) => <RefPicker targets={targets} lang={lang} onDone={done} />).then((ids) => {
      const view = viewRef.current;
      if (ids && view) {
        view.focus();
        insertReference(ids)(view.state, view.dispatch);
      }
    });
  }, [ask, lang]);

  const onInsert = useCallback(
    async (template: ClauseTemplate, params: Record<string, ParamValue>) => {
      const v0 = viewRef.current;
      if (!v0 || !lib) return;
      // A second copy of a clause is rarely meant: its Pasal would repeat the first's norms.
      const existing = collectClauses(v0.state.doc).find((c) => c.template === template.id);
      if (existing) {
        const labels = pasalLabels(existing, getNumbering(v0.state)).join(', ');
        const ok = await ask<boolean>((done) => <ConfirmModal title={t(lang, 'insert')} message={t(lang, 'duplicateTemplate').replace('{pasal}', labels || '…')} lang={lang} onDone={done} />);
        if (!ok) return;
      }
      const v = viewRef.current;
      if (!v) return;
      try {
        const $from = v.state.selection.$from;
        let after: number | undefined;
        for (let d = $from.depth; d > 0; d--) if ($from.node(d).type.name === 'pasal') after = $from.after(d);
        const result = insertTemplate(v.state.doc, template, lib, { params, after });
        const tr = applyTransform(v.state.tr, result.tr);
        dispatch(tr);
        const pos = positionOf(viewRef.current!.state.doc, result.inserted[0] ?? '');
        if (pos !== null) jumpTo(pos);
      } catch (e) {
        notify(e instanceof Error ? e.message : String(e));
      }
    },
    [lib, dispatch, jumpTo, notify, ask, lang],
  );

  const onSetParam = useCallback(
    (clause: string, name: string, value: ParamValue) => {
      const v = viewRef.current;
      if (!v) return;
      dispatch(applyTransform(v.state.tr, setClauseParam(v.state.doc, clause, name, value)), false);
    },
    [dispatch],
  );

  // ---------------------------------------------------------------- files

  const confirmDiscard = useCallback(async (): Promise<boolean> => {
    if (!sessionRef.current?.dirty) return true;
    return ask<boolean>((done) => <ConfirmModal title={t(lang, 'unsaved')} message={t(lang, 'unsavedQ')} lang={lang} onDone={done} />);
  }, [ask, lang]);

  const saveAs = useCallback(async (): Promise<boolean> => {
    const text = currentText();
    const s = sessionRef.current;
    if (!text || !s) return false;
    let name = s.name;
    if (bridge.kind === 'web') {
      const chosen = await ask<string | null>((done) => <PromptModal title={t(lang, 'saveAs')} label={t(lang, 'saveName')} initial={s.name} lang={lang} onDone={done} />);
      if (!chosen) return false;
      name = chosen;
    }
    try {
      let r = await bridge.draftSaveAs({ text, suggestedName: name, overwrite: false });
      if (r && 'exists' in r) {
        const ok = await ask<boolean>((done) => <ConfirmModal title={t(lang, 'saveAs')} message={`${name}: ${t(lang, 'overwriteQ')}`} lang={lang} onDone={done} />);
        if (!ok) return false;
        r = await bridge.draftSaveAs({ text, suggestedName: name, overwrite: true });
      }
      if (!r || 'exists' in r) return false;
      const saved = r;
      if (s.recoveryKey) await bridge.recoveryDiscard({ key: s.recoveryKey }).catch(() => null);
      setSession((cur) => (cur ? { ...cur, handle: saved.handle, name: saved.name, dirty: currentText() !== text, recoveryKey: null } : cur));
      setRecent(await bridge.draftRecent(null));
      notify(`${t(lang, 'saved')}: ${saved.name}`);
      return true;
    } catch (e) {
      notify(`${t(lang, 'error')}: ${e instanceof Error ? e.message : String(e)}`);
      return false;
    }
  }, [ask, bridge, currentText, lang, notify]);

  const save = useCallback(async (): Promise<boolean> => {
    const s = sessionRef.current;
    const text = currentText();
    if (!s || !text) return false;
    if (!s.handle) return saveAs();
    try {
      await bridge.draftSave({ handle: s.handle, text });
      if (s.recoveryKey) await bridge.recoveryDiscard({ key: s.recoveryKey }).catch(() => null);
      setSession((cur) => (cur ? { ...cur, dirty: currentText() !== text, recoveryKey: null } : cur));
      notify(`${t(lang, 'saved')}: ${s.name}`);
      return true;
    } catch (e) {
      // The work stays in memory; the file on disk is untouched.
      notify(`${t(lang, 'error')}: ${e instanceof Error ? e.message : String(e)}`);
      return false;
    }
  }, [bridge, currentText, lang, notify, saveAs]);

  const exportDraft = useCallback(async () => {
    const s = sessionRef.current;
    const text = currentText();
    if (!s || !text) return;
    const choice = await ask<ExportChoice | null>((done) => <ExportModal lang={lang} author={s.meta.drafters[0] ?? reviewer ?? ''} topMarginCm={topMarginRef.current} onDone={done} />);
    if (!choice) return;
    topMarginRef.current = choice.topMarginCm;
    let progress = { done: 0, total: 5, name: '' };
    const show = (files: readonly string[] | null) => setModal(<ProgressModal lang={lang} {...progress} files={files} downloadUrl={bridge.downloadUrl} onClose={() => setModal(null)} />);
    const off = bridge.onExportProgress((p) => {
      progress = p;
      show(null);
    });
    show(null);
    try {
      const arg = { text, stem: s.name, kinds: choice.kinds, author: choice.author, date: new Date().toISOString(), overwrite: false, topMarginCm: choice.topMarginCm };
      let r = await bridge.draftExport(arg);
      if (r?.exists?.length) {
        setModal(null);
        const ok = await ask<boolean>((done) => <ConfirmModal title={t(lang, 'export')} message={`${r!.exists!.join(', ')}: ${t(lang, 'overwriteQ')}`} lang={lang} onDone={done} />);
        if (!ok) return;
        show(null);
        r = await bridge.draftExport({ ...arg, overwrite: true });
      }
      if (!r) setModal(null);
      else show(r.files);
    } catch (e) {
      setModal(null);
      notify(`${t(lang, 'error')}: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      off();
    }
  }, [ask, bridge, currentText, lang, notify, reviewer]);

  const command = useCallback(
    async (c: MenuCommand) => {
      if (!lib) return;
      const v = viewRef.current;
      if (c === 'new' || c.startsWith('starter:')) {
        if (!(await confirmDiscard())) return;
        load(await bridge.draftNew({ starter: c === 'new' ? null : c.slice(8) }), lib);
      } else if (c === 'open' || c.startsWith('recent:')) {
        if (!(await confirmDiscard())) return;
        let handle: string | null = c.startsWith('recent:') ? c.slice(7) : null;
        if (!handle && bridge.kind === 'web') {
          const files = await bridge.draftRecent(null);
          handle = await ask<string | null>((done) => <FilePicker files={files} lang={lang} onDone={done} />);
          if (!handle) return;
        }
        try {
          const opened = await bridge.draftOpen({ handle });
          if (opened) load(opened, lib);
          setRecent(await bridge.draftRecent(null));
        } catch (e) {
          notify(`${t(lang, 'error')}: ${e instanceof Error ? e.message : String(e)}`);
        }
      } else if (c === 'save') await save();
      else if (c === 'saveClose') {
        // Close only once the draft is on disk and main knows it is clean.
        const s = sessionRef.current;
        if (s && (await save())) {
          await bridge.windowState({ title: s.name, dirty: false }).catch(() => null);
          window.close();
        }
      }
      else if (c === 'saveAs') await saveAs();
      else if (c === 'export') await exportDraft();
      else if (c === 'close') {
        if (!(await confirmDiscard())) return;
        load(await bridge.draftNew({ starter: null }), lib);
      } else if (c === 'undo' && v) undo(v.state, v.dispatch);
      else if (c === 'redo' && v) redo(v.state, v.dispatch);
      else if (c === 'find') setFindOpen(true);
      else if (c === 'lang-id' || c === 'lang-en') {
        const next: Lang = c === 'lang-en' ? 'en' : 'id';
        setLang(next);
        bridge.setLanguage(next);
        try {
          window.localStorage.setItem('rancang.lang', next);
        } catch {
          // private mode
        }
      } else if (c === 'help')
        setModal(
          <Modal title={t(lang, 'guide')} onClose={() => setModal(null)}>
            <Guide lang={lang} />
            <div className="buttons">
              <button className="primary" onClick={() => setModal(null)}>
                {t(lang, 'ok')}
              </button>
            </div>
          </Modal>,
        );
    },
    [lib, bridge, confirmDiscard, load, save, saveAs, exportDraft, ask, lang, notify],
  );
  commandsRef.current = (c) => void command(c);

  useEffect(() => bridge.onMenu((c) => void command(c)), [bridge, command]);

  // In the web preview there is no application menu: the common shortcuts work
  // wherever the focus is (the editor handles them itself and marks the event).
  useEffect(() => {
    if (bridge.kind !== 'web') return;
    const keys: Readonly<Record<string, MenuCommand>> = { s: 'save', e: 'export', f: 'find', o: 'open' };
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      const c = keys[e.key.toLowerCase()];
      if (!c) return;
      e.preventDefault();
      void command(c);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [bridge, command]);

  // Title, unsaved-changes state and the close prompt.
  useEffect(() => {
    if (!session) return;
    const title = session.name;
    document.title = `${session.dirty ? '• ' : ''}${title} — Rancang`;
    void bridge.windowState({ title, dirty: session.dirty }).catch(() => null);
    // In Electron, main asks before the window closes (Simpan / Jangan simpan /
    // Batal); a beforeunload here would silently cancel "Jangan simpan".
    if (bridge.kind !== 'web') return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (sessionRef.current?.dirty) e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [bridge, session]);

  // Autosave of unsaved work to a recovery copy (never over the draft).
  useEffect(() => {
    let last = '';
    const timer = setInterval(() => {
      const s = sessionRef.current;
      if (!s?.dirty) return;
      const text = currentText();
      if (!text || text === last) return;
      last = text;
      void bridge
        .recoveryWrite({ handle: s.handle, name: s.name, text })
        .then((r) => {
          // The draft was saved, or another one opened, while the copy was being
          // written: the copy is stale and must not come back at the next start.
          const cur = sessionRef.current;
          if (!cur || cur.loadId !== s.loadId || !cur.dirty) return void bridge.recoveryDiscard({ key: r.key }).catch(() => null);
          setSession((c) => (c && c.recoveryKey !== r.key ? { ...c, recoveryKey: r.key } : c));
        })
        .catch(() => null);
    }, 3000);
    return () => clearInterval(timer);
  }, [bridge, currentText]);

  useEffect(() => {
    try {
      window.localStorage.setItem('rancang.reviewer', reviewer);
    } catch {
      // private mode
    }
  }, [reviewer]);

  // ---------------------------------------------------------------- derived views

  // The outline follows structure at once and titles a moment after typing stops.
  const version = snapshot ? numberingVersion(snapshot) : 0;
  const [outlineState, setOutlineState] = useState<EditorState | null>(null);
  useEffect(() => {
    if (!snapshot) return;
    if (!outlineState || numberingVersion(outlineState) !== version || outlineState.doc.child(2) === snapshot.doc.child(2)) {
      setOutlineState(snapshot);
      return;
    }
    const timer = setTimeout(() => setOutlineState(snapshot), 800);
    return () => clearTimeout(timer);
  }, [snapshot, version]);
  const entries = useMemo(() => (outlineState ? outlineOf(outlineState) : []), [outlineState]);
  const draftLike = session ? { gaps: session.projectGaps } : null;
  const gaps = useMemo(() => (snapshot && lib && draftLike ? gapsOf(snapshot, lib, session!.projectGaps, projectClaims(draftLike as Draft)) : []), [snapshot?.doc, lib, session?.projectGaps]);
  const selected = snapshot ? clauseAtCursor(snapshot) : null;
  const lint = snapshot ? getLint(snapshot) : { findings: [], stale: false };
  const currentPasal = useMemo(() => {
    if (!snapshot) return null;
    const $from = snapshot.selection.$from;
    for (let d = 1; d <= $from.depth; d++) if ($from.node(d).type.name === 'pasal') return String($from.node(d).attrs.id);
    return null;
  }, [snapshot]);

  const onOutlineJump = useCallback(
    (e: OutlineEntry) => {
      const v = viewRef.current;
      const pos = v ? positionOf(v.state.doc, e.id) : null;
      if (pos !== null) jumpTo(pos);
    },
    [jumpTo],
  );
  const onOutlineMove = useCallback(
    (e: OutlineEntry, dir: -1 | 1) => {
      const v = viewRef.current;
      if (!v) return;
      // Positions in the outline may lag the document by a moment: find the node by id.
      const pos = positionOf(v.state.doc, e.id);
      const tr = pos === null ? null : (moveSibling(v.state, pos, dir) ?? (e.kind === 'pasal' ? movePasalAcross(v.state, pos, dir) : null));
      if (tr) dispatch(tr);
    },
    [dispatch],
  );

  const onReview = (gap: string, status: 'accepted' | 'disputed', note: string, basis: string) => {
    setSession((s) => (s ? { ...s, dirty: true, reviews: [...s.reviews, { gap, status, by: reviewer.trim(), at: new Date().toISOString(), note, basis }] } : s));
  };

  const addProjectGap = async () => {
    const input = await ask<ProjectGapInput | null>((done) => <ProjectGapModal lang={lang} addedBy={reviewer} onDone={done} />);
    const s = sessionRef.current;
    if (!input || !s) return;
    const gap = createProjectGap(s.projectGaps, input);
    setSession({ ...s, dirty: true, projectGaps: [...s.projectGaps, gap] });
  };

  const changeProjectGaps = (change: (gaps: readonly ProjectGap[]) => ProjectGap[]) => {
    setSession((s) => (s ? { ...s, dirty: true, projectGaps: change(s.projectGaps) } : s));
  };

  const onLinkProjectGap = (gap: string, criterion: string) => {
    const state = viewRef.current?.state;
    const target = state ? linkTargetAtCursor(state) : null;
    if (!target) {
      notify(t(lang, 'noPasalAtCursor'));
      return;
    }
    changeProjectGaps((gaps) => linkClaim(gaps, gap, target, criterion));
  };

  const onRemoveProjectGap = async (gap: string) => {
    const ok = await ask<boolean>((done) => <ConfirmModal title={t(lang, 'removeProjectGap')} message={t(lang, 'removeProjectGapConfirm')} lang={lang} onDone={done} />);
    if (ok) changeProjectGaps((gaps) => removeProjectGap(gaps, gap));
  };

  if (fatal) return <div className="fatal">{fatal}</div>;
  // The recovery question is asked before any draft is loaded: the loading
  // screen shows the dialog, or the app would wait for an answer never asked.
  if (!lib || !session || !initialState)
    return (
      <div className={`app lang-${lang}`}>
        <div className="loading">Rancang…</div>
        {modal}
      </div>
    );

  const errorCount = lint.findings.filter((f) => f.severity === 'error').length;
  return (
    <div className={`app lang-${lang}`}>
      <header className="topbar">
        {bridge.kind === 'web' ? <MenuBar lang={lang} recent={recent} onCommand={(c) => void command(c)} /> : null}
        <div className="toolbar" role="toolbar">
          <button onClick={() => viewRef.current && newPasal(viewRef.current.state, viewRef.current.dispatch)} title="Ctrl+Enter">
            {t(lang, 'newPasal')}
          </button>
          <button onClick={() => viewRef.current && newBagian(viewRef.current.state, viewRef.current.dispatch)}>{t(lang, 'newBagian')}</button>
          <button onClick={() => viewRef.current && newBab(viewRef.current.state, viewRef.current.dispatch)} title="Ctrl+Alt+B">
            {t(lang, 'newBab')}
          </button>
          <button onClick={() => viewRef.current && deletePasal(viewRef.current.state, viewRef.current.dispatch)}>{t(lang, 'deletePasal')}</button>
          <button onClick={openRefPicker} title="Ctrl+Shift+R">
            {t(lang, 'reference')}
          </button>
          <button onClick={() => void command('undo')} title="Ctrl+Z">
            {t(lang, 'undo')}
          </button>
          <button onClick={() => void command('redo')} title="Ctrl+Y">
            {t(lang, 'redo')}
          </button>
          <button onClick={() => void command('save')} title="Ctrl+S">
            {t(lang, 'save')}
          </button>
        </div>
        <div className="doc-name" data-testid="doc-name">
          {session.name}
          {session.dirty ? <span className="dirty"> ● {t(lang, 'unsaved')}</span> : null}
        </div>
      </header>
      {findOpen && viewRef.current ? <FindBar view={viewRef.current} lang={lang} onClose={() => setFindOpen(false)} /> : null}
      <main className="workspace">
        <aside className="left">
          <h2>{t(lang, 'outline')}</h2>
          <Outline entries={entries} lang={lang} current={currentPasal} onJump={onOutlineJump} onMove={onOutlineMove} />
        </aside>
        <section className="center">
          <EditorHost state={initialState} onState={onState} onView={(v) => (viewRef.current = v)} onClickSlot={() => setTab('library')} />
        </section>
        <aside className="right">
          <nav className="tabs" role="tablist">
            {(['library', 'checklist', 'law', 'problems'] as const).map((k) => (
              <button key={k} role="tab" aria-selected={tab === k} className={tab === k ? 'active' : ''} onClick={() => setTab(k)} data-tab={k}>
                {t(lang, k)}
                {k === 'problems' && errorCount ? <span className="count">{errorCount}</span> : null}
                {k === 'checklist' ? <span className="count ok">{gaps.filter((g) => g.status === 'closed').length}/{gaps.length}</span> : null}
              </button>
            ))}
          </nav>
          <ErrorBoundary lang={lang} resetKey={`${tab}:${selected?.clause ?? ''}`}>
          {tab === 'library' ? <LibraryPane lib={lib} lang={lang} gaps={gaps} selected={selected} onInsert={(tpl, params) => void onInsert(tpl, params)} onSetParam={onSetParam} /> : null}
          {tab === 'checklist' ? (
            <ChecklistPane
              lib={lib}
              lang={lang}
              gaps={gaps}
              projectGaps={session.projectGaps}
              reviews={session.reviews}
              reviewer={reviewer}
              onReviewer={setReviewer}
              onReview={onReview}
              onJump={(label) => {
                const e = entries.find((x) => x.label === label);
                if (e) jumpTo(e.pos);
              }}
              onAddProjectGap={() => void addProjectGap()}
              onLinkProjectGap={onLinkProjectGap}
              onUnlinkProjectGap={(gap, clause, criterion) => changeProjectGaps((gaps) => unlinkClaim(gaps, gap, clause, criterion))}
              onRemoveProjectGap={(gap) => void onRemoveProjectGap(gap)}
            />
          ) : null}
          {tab === 'law' && snapshot ? <LawPane state={snapshot} lib={lib} lang={lang} clause={selected} /> : null}
          {tab === 'problems' ? (
            <ProblemsPane
              lib={lib}
              findings={lint.findings}
              stale={lint.stale}
              lang={lang}
              onJump={(f: Finding) => {
                const pos = f.from ?? (f.nodeId && viewRef.current ? positionOf(viewRef.current.state.doc, f.nodeId) : null);
                if (pos !== null && pos !== undefined) jumpTo(pos);
              }}
            />
          ) : null}
          </ErrorBoundary>
        </aside>
      </main>
      {toast ? (
        <div className="toast" role="status">
          {toast}
        </div>
      ) : null}
      {modal}
    </div>
  );
}

function Guide({ lang }: { lang: Lang }) {
  const rows: [string, { id: string; en: string }][] = [
    ['Enter', { id: 'ayat, huruf, atau angka baru; setelah ":" membuka rincian', en: 'new ayat, huruf or angka; after ":" opens a list' }],
    ['Tab / Shift+Tab', { id: 'turunkan / naikkan tingkat rincian', en: 'demote / promote a list item' }],
    ['Ctrl+Enter', { id: 'Pasal baru', en: 'new Pasal' }],
    ['Ctrl+Alt+B', { id: 'BAB baru', en: 'new BAB' }],
    ['Alt+↑ / Alt+↓', { id: 'pindahkan Pasal', en: 'move the Pasal' }],
    ['Ctrl+Shift+R', { id: 'sisipkan rujukan', en: 'insert a cross-reference' }],
    ['Ctrl+F', { id: 'cari dan ganti', en: 'find and replace' }],
    ['Ctrl+S / Ctrl+E', { id: 'simpan / ekspor', en: 'save / export' }],
  ];
  return (
    <table className="guide">
      <tbody>
        {rows.map(([k, v]) => (
          <tr key={k}>
            <td>
              <kbd>{k}</kbd>
            </td>
            <td>{v[lang]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
