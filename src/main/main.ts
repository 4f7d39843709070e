// Electron main: lifecycle, the window, menus, native dialogs and IPC. Thin by
// design: the contract is implemented by AppService, checked by ipc-guard,
// and hardened by the values in security.ts.
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session, type MenuItemConstructorOptions } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppService, type Dialogs } from '../service/app-service';
import { CHANNELS, type Channel, type MenuCommand } from '../ipc/contract';
import { guardedInvoke, ipcName } from './ipc-guard';
import { allowNavigation, allowPermission, CONTENT_SECURITY_POLICY } from './security';
import { menuTemplate, type MenuLabels } from './menu';

const SCHEME = 'app';
const PAGE_URL = `${SCHEME}://rancang/index.html`;
const rendererDir = path.join(__dirname, '..', 'renderer');
const libraryDir = app.isPackaged ? path.join(process.resourcesPath, 'templates') : path.join(__dirname, '..', '..', 'templates');

protocol.registerSchemesAsPrivileged([{ scheme: SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: false } }]);

let win: BrowserWindow | null = null;
let dirty = false;
let docTitle = 'Rancang';

function send(command: MenuCommand): void {
  win?.webContents.send('rancang:menu', command);
}

const dialogs: Dialogs = {
  async openDraft() {
    const r = await dialog.showOpenDialog(win!, { properties: ['openFile'], filters: [{ name: 'Rancang', extensions: ['json'] }] });
    return r.canceled ? null : (r.filePaths[0] ?? null);
  },
  async saveDraft(suggestedName) {
    // The native dialog asks before replacing a file.
    const r = await dialog.showSaveDialog(win!, { defaultPath: suggestedName, filters: [{ name: 'Rancang', extensions: ['json'] }], properties: ['showOverwriteConfirmation', 'createDirectory'] });
    return r.canceled || !r.filePath ? null : { path: r.filePath, confirmed: true };
  },
  async exportFolder() {
    const r = await dialog.showOpenDialog(win!, { properties: ['openDirectory', 'createDirectory'] });
    return r.canceled ? null : (r.filePaths[0] ?? null);
  },
};

const service = new AppService({ libraryDir, userDir: app.getPath('userData'), dialogs, onExportProgress: (p) => win?.webContents.send('rancang:export-progress', p) });

async function buildMenu(labels: MenuLabels): Promise<void> {
  const recent = await service.draftRecent();
  const template: MenuItemConstructorOptions[] = menuTemplate(labels, recent, send).map((m) => ({ ...m, submenu: m.submenu.map((i) => (i.role ? { role: i.role } : i)) })) as MenuItemConstructorOptions[];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function createWindow(): void {
  // Written out here (not built by a helper) so that static checkers such as
  // electronegativity see every setting; test/main/security.test.ts reads them back.
  win = new BrowserWindow({
    width: 1440,
    height: 920,
    title: 'Rancang',
    show: false,
    webPreferences: {
      preload: path.join(__dirname, '..', 'preload', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  });
  const trust = { webContentsId: win.webContents.id, pageUrl: PAGE_URL };
  for (const channel of CHANNELS) {
    ipcMain.handle(ipcName(channel), (event, raw) =>
      guardedInvoke(channel, raw, { webContentsId: event.sender.id, frameUrl: event.senderFrame?.url ?? null, isMainFrame: event.senderFrame === event.sender.mainFrame }, trust, async (c: Channel, arg) => {
        if (c === 'windowState') {
          const a = arg as { title: string; dirty: boolean };
          dirty = a.dirty;
          docTitle = a.title;
          win?.setTitle(`${a.dirty ? '• ' : ''}${a.title} — Rancang`);
          win?.setDocumentEdited(a.dirty);
          return null;
        }
        const result = await service.call(c as Exclude<Channel, 'windowState'>, arg as never);
        if (c === 'draftOpen' || c === 'draftSaveAs') void buildMenu(currentLabels);
        return result;
      }),
    );
  }
  win.on('close', (e) => {
    if (!dirty) return;
    const choice = dialog.showMessageBoxSync(win!, { type: 'question', buttons: ['Simpan', 'Jangan simpan', 'Batal'], defaultId: 0, cancelId: 2, message: `Simpan perubahan pada ${docTitle}?`, detail: 'Perubahan yang belum disimpan akan hilang.' });
    if (choice === 0) {
      // The renderer saves, reports the draft clean, then closes the window.
      e.preventDefault();
      send('saveClose');
    } else if (choice === 2) e.preventDefault();
  });
  // The drafter has answered the close prompt above; a beforeunload left in
  // the page must not cancel the close silently.
  win.webContents.on('will-prevent-unload', (e) => e.preventDefault());
  win.once('ready-to-show', () => win?.show());
  void win.loadURL(PAGE_URL);
}

let currentLabels: MenuLabels = 'id';

app.on('web-contents-created', (_e, contents) => {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!allowNavigation(url, PAGE_URL)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

ipcMain.on('rancang:language', (event, lang: unknown) => {
  if (event.sender.id !== win?.webContents.id || (lang !== 'id' && lang !== 'en')) return;
  currentLabels = lang;
  void buildMenu(lang);
});

void app.whenReady().then(async () => {
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) => callback(allowPermission(permission)));
  session.defaultSession.setPermissionCheckHandler((_wc, permission) => allowPermission(permission));
  protocol.handle(SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = path.normalize(path.join(rendererDir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(rendererDir + path.sep)) return new Response('not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
  await buildMenu('id');
  createWindow();
});

app.on('window-all-closed', () => app.quit());
