// Every IPC handler checks its sender and parses its argument: an unknown
// window, a sub-frame or another page is refused, and malformed arguments
// never reach the service (design section 2; issue 7).
import { describe, expect, test, vi } from 'vitest';
import fc from 'fast-check';
import { guardedInvoke, refuseSender } from '../../src/main/ipc-guard';
import { CHANNELS, channels, menuCommand, parseArg } from '../../src/ipc/contract';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { allowNavigation, allowPermission, CONTENT_SECURITY_POLICY } from '../../src/main/security';

const trust = { webContentsId: 7, pageUrl: 'app://rancang/index.html' };
const good = { webContentsId: 7, frameUrl: 'app://rancang/index.html', isMainFrame: true };

const VALID: Record<string, unknown> = {
  libraryLoad: null,
  draftNew: { starter: null },
  draftOpen: { handle: null },
  draftRecent: null,
  draftSave: { handle: 'abcdef123456', text: '{}' },
  draftSaveAs: { text: '{}', suggestedName: 'ruu.rancang.json', overwrite: false },
  draftExport: { text: '{}', stem: 'ruu', kinds: ['bill'], author: 'A', date: '2026-11-28T10:00:00.000Z', overwrite: false },
  recoveryWrite: { handle: null, name: 'ruu.rancang.json', text: '{}' },
  recoveryList: null,
  recoveryDiscard: { key: 'u-ruu' },
  windowState: { title: 'x', dirty: true },
};

describe('IPC guard', () => {
  test('the fixture covers every channel of the contract', () => {
    expect(Object.keys(VALID).sort()).toEqual([...CHANNELS].sort());
  });

  test.each(CHANNELS)('%s refuses an unknown sender and malformed arguments', async (channel) => {
    const handler = vi.fn(async () => 'ok');
    expect(await guardedInvoke(channel, VALID[channel], good, trust, handler)).toBe('ok');
    expect(await guardedInvoke(channel, VALID[channel], { ...good, webContentsId: 8 }, trust, handler)).toEqual({ error: 'refused: unknown window' });
    expect(await guardedInvoke(channel, VALID[channel], { ...good, isMainFrame: false }, trust, handler)).toEqual({ error: 'refused: not the main frame' });
    expect(await guardedInvoke(channel, VALID[channel], { ...good, frameUrl: 'https://evil.example/index.html' }, trust, handler)).toMatchObject({ error: expect.stringContaining('refused') });
    expect(await guardedInvoke(channel, { unexpected: 1, __proto__: { x: 1 } }, good, trust, handler)).toMatchObject({ error: expect.any(String) });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  test('unknown channels are refused', async () => {
    const handler = vi.fn(async () => 'ok');
    expect(await guardedInvoke('fs:readFile', '/etc/passwd', good, trust, handler)).toEqual({ error: 'refused: unknown channel fs:readFile' });
    expect(handler).not.toHaveBeenCalled();
  });

  test('handler errors come back as one line, never a stack', async () => {
    const r = await guardedInvoke('draftOpen', { handle: null }, good, trust, async () => {
      throw new Error('disk on fire\n    at secret (/home/x.js:1:1)');
    });
    expect(r).toEqual({ error: 'disk on fire' });
  });

  test('generated arguments never throw and never pass when malformed (10,000 cases)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CHANNELS), fc.anything({ withNullPrototype: true, withObjectString: true }), (channel, raw) => {
        const r = parseArg(channel, raw);
        if (r.ok) expect(channels[channel].safeParse(raw).success).toBe(true);
        else expect(r.error).toMatch(new RegExp(`^${channel}: `));
      }),
      { numRuns: 10_000 },
    );
  });

  test('paths and file names cannot be smuggled through arguments', () => {
    expect(parseArg('draftSaveAs', { text: '{}', suggestedName: '../../etc/passwd', overwrite: true }).ok).toBe(false);
    expect(parseArg('draftSave', { handle: '/etc/passwd', text: '{}' }).ok).toBe(false);
    expect(parseArg('draftNew', { starter: '../secret' }).ok).toBe(false);
    expect(refuseSender({ ...good, frameUrl: 'app://rancang/index.html?x=1#y' }, trust)).toBeNull();
  });
});

describe('Electron hardening values', () => {
  test('the window keeps isolation and the sandbox (read from main.ts as a static checker would)', () => {
    const main = readFileSync(path.join(__dirname, '..', '..', 'src', 'main', 'main.ts'), 'utf8');
    const prefs = /webPreferences: \{([\s\S]*?)\n    \}/.exec(main)?.[1] ?? '';
    for (const setting of ['contextIsolation: true', 'sandbox: true', 'nodeIntegration: false', 'nodeIntegrationInWorker: false', 'nodeIntegrationInSubFrames: false', 'webSecurity: true', 'allowRunningInsecureContent: false', 'webviewTag: false', "disableBlinkFeatures: 'Auxclick'"]) expect(prefs).toContain(setting);
    expect(main).toContain("setWindowOpenHandler(() => ({ action: 'deny' }))");
    expect(main).toContain('setPermissionRequestHandler');
  });
  test('a strict CSP: no remote content, no eval, no inline script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });
  test('closing with unsaved changes: "Simpan" saves then closes, "Jangan simpan" is not cancelled by the page, saving asks before replacing', () => {
    const main = readFileSync(path.join(__dirname, '..', '..', 'src', 'main', 'main.ts'), 'utf8');
    expect(main).toContain("send('saveClose')");
    expect(main).toMatch(/on\('will-prevent-unload', \(e\) => e\.preventDefault\(\)\)/);
    expect(main).toContain("'showOverwriteConfirmation'");
    expect(menuCommand.safeParse('saveClose').success).toBe(true);
    expect(menuCommand.safeParse('saveclose').success).toBe(false);
    const app = readFileSync(path.join(__dirname, '..', '..', 'src', 'renderer', 'App.tsx'), 'utf8');
    expect(app).toContain("c === 'saveClose'");
  });
  test('navigation and permissions are denied', () => {
    expect(allowNavigation('https://example.com/', 'app://rancang/index.html')).toBe(false);
    expect(allowNavigation('app://rancang/index.html#x', 'app://rancang/index.html')).toBe(true);
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) expect(allowPermission(p)).toBe(false);
  });
});
