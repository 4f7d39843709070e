// Instrumentation shared by both benchmark pages: time from a key event to
// just after the frame that shows the DOM update is painted, and time to open a bill.
declare global {
  interface Window {
    __lat: number[];
    __open: { ms: number; heap: number } | null;
  }
}

export function instrument(editor: HTMLElement): void {
  window.__lat = [];
  let start: number | null = null;
  editor.addEventListener('keydown', (e) => void (start = e.timeStamp), true);
  new MutationObserver(() => {
    if (start === null) return;
    const t0 = start;
    start = null;
    // rAF callbacks run before the frame's style, layout and paint; a task
    // queued from it runs after that frame has been produced.
    requestAnimationFrame(() => setTimeout(() => window.__lat.push(performance.now() - t0), 0));
  }).observe(editor, { subtree: true, childList: true, characterData: true });
}

/** Records the time from `t0` to just after the first frame is painted (a task queued from that frame's animation callback). */
export function opened(t0: number): void {
  requestAnimationFrame(() => setTimeout(() => {
    const ms = performance.now() - t0;
    const mem = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
    window.__open = { ms, heap: mem ? mem.usedJSHeapSize / 1048576 : NaN };
  }, 0));
}

export async function draftText(): Promise<string> {
  return (await fetch('./doc.rancang.json')).text();
}
