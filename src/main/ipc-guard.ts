// Every IPC call is checked before it reaches the service: it must come from
// the app's own window and main frame, on a known channel, with an argument
// that parses. Electron-free, so it is tested directly.
import { parseArg, type Channel, type IpcError, CHANNELS } from '../ipc/contract';

export interface Sender {
  /** Id of the sending webContents. */
  readonly webContentsId: number;
  /** URL of the sending frame. */
  readonly frameUrl: string | null;
  /** The sending frame is the window's main frame (not an iframe). */
  readonly isMainFrame: boolean;
}

export interface Trust {
  readonly webContentsId: number;
  /** The renderer's own page, e.g. file:///.../dist/renderer/index.html. */
  readonly pageUrl: string;
}

/** Null when the sender is the app's window; otherwise why it is refused. */
export function refuseSender(sender: Sender, trust: Trust): string | null {
  if (sender.webContentsId !== trust.webContentsId) return 'unknown window';
  if (!sender.isMainFrame) return 'not the main frame';
  if (!sender.frameUrl) return 'no frame URL';
  const url = sender.frameUrl.split('#')[0]!.split('?')[0]!;
  if (url !== trust.pageUrl) return `unexpected page ${url}`;
  return null;
}

export type Handler = (channel: Channel, arg: unknown) => Promise<unknown>;

/** Checks sender and argument, then runs the handler; errors come back as {error}, never as a stack. */
export async function guardedInvoke(channel: string, raw: unknown, sender: Sender, trust: Trust, handler: Handler): Promise<unknown> {
  const refused = refuseSender(sender, trust);
  if (refused) return { error: `refused: ${refused}` } satisfies IpcError;
  if (!(CHANNELS as string[]).includes(channel)) return { error: `refused: unknown channel ${channel}` } satisfies IpcError;
  const parsed = parseArg(channel as Channel, raw);
  if (!parsed.ok) return { error: parsed.error } satisfies IpcError;
  try {
    return await handler(channel as Channel, parsed.value);
  } catch (e) {
    return { error: e instanceof Error ? (e.message.split('\n')[0] ?? e.message) : String(e) } satisfies IpcError;
  }
}

/** The IPC channel name of a contract channel. */
export const ipcName = (channel: Channel): string => `rancang:${channel}`;
