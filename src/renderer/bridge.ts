// The renderer's only way out: the ipc contract, implemented by the preload
// (Electron, window.rancang) or by the web adapter over HTTP (browser preview).
import type { RancangApi } from '../ipc/contract';

export type Bridge = RancangApi & {
  /** 'electron' has native dialogs; 'web' uses the workspace and in-app pickers. */
  readonly kind: 'electron' | 'web';
  /** The draft to open at start (web preview: the osaec starter). */
  readonly initialHandle: () => Promise<string | null>;
  readonly setLanguage: (lang: 'id' | 'en') => void;
  /** A URL to download an exported file (web only). */
  readonly downloadUrl: (file: string) => string | null;
};

function webBridge(): Bridge {
  const post = async (channel: string, arg: unknown): Promise<unknown> => {
    const res = await fetch(`/ipc/${channel}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(arg) });
    const body = (await res.json()) as unknown;
    if (body && typeof body === 'object' && 'error' in body) throw new Error(String((body as { error: unknown }).error));
    return body;
  };
  let events: EventSource | null = null;
  const progressListeners = new Set<(p: { done: number; total: number; name: string }) => void>();
  const extra = {
    kind: 'web' as const,
    onMenu: () => () => undefined,
    onExportProgress: (listener: (p: { done: number; total: number; name: string }) => void) => {
      progressListeners.add(listener);
      if (!events) {
        events = new EventSource('/events');
        events.addEventListener('progress', (e) => {
          const p = JSON.parse((e as MessageEvent<string>).data) as { done: number; total: number; name: string };
          for (const l of progressListeners) l(p);
        });
      }
      return () => progressListeners.delete(listener);
    },
    initialHandle: async () => ((await (await fetch('/config')).json()) as { initialHandle: string | null }).initialHandle,
    setLanguage: () => undefined,
    downloadUrl: (file: string) => `/ekspor/${encodeURIComponent(file.split(/[\\/]/).pop() ?? file)}`,
  };
  return new Proxy(extra, {
    get(target, prop) {
      if (typeof prop === 'string' && prop in target) return (target as Record<string, unknown>)[prop];
      if (typeof prop !== 'string') return undefined;
      return (arg: unknown) => post(prop, arg);
    },
  }) as unknown as Bridge;
}

declare global {
  interface Window {
    rancang?: RancangApi & { setLanguage?: (lang: 'id' | 'en') => void };
  }
}

/** The bridge of this runtime. */
export function getBridge(): Bridge {
  const native = window.rancang;
  if (native) {
    return Object.assign(Object.create(null) as object, native, {
      kind: 'electron' as const,
      initialHandle: async () => null,
      setLanguage: (lang: 'id' | 'en') => native.setLanguage?.(lang),
      downloadUrl: () => null,
    }) as Bridge;
  }
  return webBridge();
}
