// The application menu as data (Electron-free): File, Edit, View, Help in
// Bahasa Indonesia or English. Items send named commands to the renderer.
import type { MenuCommand } from '../ipc/contract';

export type MenuLabels = 'id' | 'en';

export interface MenuItem {
  readonly label?: string;
  readonly accelerator?: string;
  readonly role?: 'cut' | 'copy' | 'paste' | 'selectAll' | 'toggleDevTools' | 'quit';
  readonly type?: 'separator';
  readonly click?: () => void;
  readonly submenu?: readonly MenuItem[];
}

const L = {
  id: { file: 'Berkas', newFrom: 'Baru dari templat awal', newEmpty: 'RUU kosong', osaec: 'RUU Pemberantasan KESAD', open: 'Buka…', recent: 'Buka Terakhir', none: '(kosong)', save: 'Simpan', saveAs: 'Simpan Sebagai…', export: 'Ekspor…', close: 'Tutup', edit: 'Sunting', undo: 'Urungkan', redo: 'Ulangi', find: 'Cari dan Ganti…', view: 'Tampilan', lang: 'Bahasa', help: 'Bantuan', guide: 'Panduan Rancang' },
  en: { file: 'File', newFrom: 'New from starter', newEmpty: 'Empty bill', osaec: 'OSAEC bill', open: 'Open…', recent: 'Open Recent', none: '(none)', save: 'Save', saveAs: 'Save As…', export: 'Export…', close: 'Close', edit: 'Edit', undo: 'Undo', redo: 'Redo', find: 'Find and Replace…', view: 'View', lang: 'Language', help: 'Help', guide: 'Rancang guide' },
} as const;

/** The menu template; `send` delivers a command to the renderer. */
export function menuTemplate(lang: MenuLabels, recent: readonly { handle: string; name: string }[], send: (c: MenuCommand) => void): { label: string; submenu: MenuItem[] }[] {
  const t = L[lang];
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItem => ({ label, accelerator, click: () => send(command) });
  return [
    {
      label: t.file,
      submenu: [
        { label: t.newFrom, submenu: [item(t.newEmpty, 'new', 'CmdOrCtrl+N'), item(t.osaec, 'starter:osaec')] },
        item(t.open, 'open', 'CmdOrCtrl+O'),
        { label: t.recent, submenu: recent.length ? recent.map((r) => item(r.name, `recent:${r.handle}`)) : [{ label: t.none }] },
        { type: 'separator' },
        item(t.save, 'save', 'CmdOrCtrl+S'),
        item(t.saveAs, 'saveAs', 'CmdOrCtrl+Shift+S'),
        item(t.export, 'export', 'CmdOrCtrl+E'),
        { type: 'separator' },
        item(t.close, 'close', 'CmdOrCtrl+W'),
        { role: 'quit' },
      ],
    },
    { label: t.edit, submenu: [item(t.undo, 'undo', 'CmdOrCtrl+Z'), item(t.redo, 'redo', 'CmdOrCtrl+Shift+Z'), { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }, { type: 'separator' }, item(t.find, 'find', 'CmdOrCtrl+F')] },
    { label: t.view, submenu: [{ label: t.lang, submenu: [item('Bahasa Indonesia', 'lang-id'), item('English', 'lang-en')] }, { role: 'toggleDevTools' }] },
    { label: t.help, submenu: [item(t.guide, 'help', 'F1')] },
  ];
}
