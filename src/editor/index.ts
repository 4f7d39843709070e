export { createEditorState, rancangPlugins, type EditorOptions } from './setup';
export { getNumbering, numberingVersion } from './numbering';
export { getLint, lintNow } from './lint';
export * from './commands';
export { RujukanView, SlotView, PenutupView } from './views';
export { outline, type OutlineEntry } from './outline';
