// The one contract between the renderer and the outside (Electron main, or
// the web preview server): channel -> argument schema and result type.
// Arguments are parsed with these schemas at the border, in main and in the
// web server; the preload exposes one named method per channel.
import { z } from 'zod';
import type { Library } from '../core/library';

const MAX_TEXT = 64 * 1024 * 1024;
const handle = z.string().regex(/^[A-Za-z0-9_-]{6,64}$/, 'a file handle');
const draftText = z.string().max(MAX_TEXT, 'the draft is larger than 64 MiB');
const fileName = z.string().min(1).max(200).regex(/^[^/\\:*?"<>|\u0000-\u001f]+$/, 'a file name without folders or special characters');

export const EXPORT_KIND = z.enum(['bill', 'redline', 'checklist', 'matrix']);

/** Channels the renderer invokes, with their argument schemas. */
export const channels = {
  /** The content library, validated by the main process. */
  libraryLoad: z.null(),
  /** A new draft: an empty bill, or a starter. */
  draftNew: z.strictObject({ starter: z.string().regex(/^[a-z0-9-]{1,40}$/).nullable() }),
  /** Opens a draft: by handle (recent files), or null to ask the user (native dialog). */
  draftOpen: z.strictObject({ handle: handle.nullable() }),
  /** Recently opened drafts. */
  draftRecent: z.null(),
  /** Saves to the file behind a handle (atomic). */
  draftSave: z.strictObject({ handle, text: draftText }),
  /** Asks where to save (native dialog, or a name in the web workspace) and saves. */
  draftSaveAs: z.strictObject({ text: draftText, suggestedName: fileName, overwrite: z.boolean() }),
  /** Exports a draft; asks for the folder. */
  draftExport: z.strictObject({ text: draftText, stem: fileName, kinds: z.array(EXPORT_KIND).min(1).max(4), author: z.string().min(1).max(200), date: z.string().datetime(), overwrite: z.boolean(), topMarginCm: z.number().min(2).max(10).optional() }),
  /** Writes the recovery copy of unsaved work (never the draft itself). */
  recoveryWrite: z.strictObject({ handle: handle.nullable(), name: fileName, text: draftText }),
  /** Recovery copies left by a crash. */
  recoveryList: z.null(),
  /** Removes a recovery copy. */
  recoveryDiscard: z.strictObject({ key: z.string().regex(/^[a-z0-9-]{4,80}$/) }),
  /** Title and unsaved-changes state of the window (title bar, close prompt). */
  windowState: z.strictObject({ title: z.string().max(300), dirty: z.boolean() }),
} as const;

export type Channel = keyof typeof channels;
export type ArgOf<C extends Channel> = z.infer<(typeof channels)[C]>;

export interface OpenedDraft {
  readonly handle: string | null;
  readonly name: string;
  readonly text: string;
}

export interface ExportResult {
  readonly files: readonly string[];
  /** Files that exist: nothing was written; ask the user, then call again with overwrite. */
  readonly exists?: readonly string[];
}

/** Result types of each channel. */
export interface Results {
  libraryLoad: Library;
  draftNew: OpenedDraft;
  draftOpen: OpenedDraft | null;
  draftRecent: readonly { handle: string; name: string }[];
  draftSave: { handle: string; name: string };
  draftSaveAs: { handle: string; name: string } | { exists: true } | null;
  draftExport: ExportResult | null;
  recoveryWrite: { key: string };
  recoveryList: readonly { key: string; handle: string | null; name: string; savedAt: string; text: string }[];
  recoveryDiscard: null;
  windowState: null;
}

/** Errors crossing the border carry a message for the user, never a stack. */
export interface IpcError {
  readonly error: string;
}

/** Events from the outside to the renderer. */
export type MenuCommand =
  | 'new'
  | 'open'
  | 'save'
  | 'saveAs'
  /** Save, then close the window (the answer "Simpan" to the close prompt). */
  | 'saveClose'
  | 'export'
  | 'close'
  | 'undo'
  | 'redo'
  | 'find'
  | 'lang-id'
  | 'lang-en'
  | 'help'
  | `recent:${string}`
  | `starter:${string}`;

export const menuCommand = z.string().regex(/^(new|open|save|saveAs|saveClose|export|close|undo|redo|find|lang-id|lang-en|help|recent:[A-Za-z0-9_-]{6,64}|starter:[a-z0-9-]{1,40})$/);

/** The API the renderer sees (window.rancang in Electron, the web adapter elsewhere). */
export type RancangApi = {
  readonly [C in Channel]: (arg: ArgOf<C>) => Promise<Results[C]>;
} & {
  readonly onMenu: (listener: (command: MenuCommand) => void) => () => void;
  readonly onExportProgress: (listener: (p: { done: number; total: number; name: string }) => void) => () => void;
};

/** Parses an argument; returns a one-line message on failure. */
export function parseArg<C extends Channel>(channel: C, raw: unknown): { ok: true; value: ArgOf<C> } | { ok: false; error: string } {
  const schema = channels[channel];
  if (!schema) return { ok: false, error: `unknown channel ${String(channel)}` };
  const r = schema.safeParse(raw);
  if (r.success) return { ok: true, value: r.data as ArgOf<C> };
  const issue = r.error.issues[0]!;
  return { ok: false, error: `${String(channel)}: ${issue.path.join('.') || 'argument'}: ${issue.message}` };
}

export const CHANNELS = Object.keys(channels) as Channel[];
