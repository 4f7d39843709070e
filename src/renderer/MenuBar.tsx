// The in-window menu of the web preview (Electron shows the same commands in
// its native menu): File, Edit, View, Help.
import { useState } from 'react';
import type { MenuCommand } from '../ipc/contract';
import { t, type Lang } from './i18n';

interface Item {
  readonly label: string;
  readonly command?: MenuCommand;
  readonly shortcut?: string;
  readonly items?: readonly Item[];
}

export function MenuBar({ lang, recent, onCommand }: { lang: Lang; recent: readonly { handle: string; name: string }[]; onCommand: (c: MenuCommand) => void }) {
  const [open, setOpen] = useState<string | null>(null);
  const menus: { label: string; items: Item[] }[] = [
    {
      label: t(lang, 'file'),
      items: [
        { label: t(lang, 'newEmpty'), command: 'new', shortcut: 'Ctrl+N' },
        { label: t(lang, 'newStarter'), command: 'starter:osaec' },
        { label: t(lang, 'open'), command: 'open', shortcut: 'Ctrl+O' },
        { label: t(lang, 'openRecent'), items: recent.map((r) => ({ label: r.name, command: `recent:${r.handle}` as MenuCommand })) },
        { label: t(lang, 'save'), command: 'save', shortcut: 'Ctrl+S' },
        { label: t(lang, 'saveAs'), command: 'saveAs', shortcut: 'Ctrl+Shift+S' },
        { label: t(lang, 'export'), command: 'export', shortcut: 'Ctrl+E' },
        { label: t(lang, 'close'), command: 'close' },
      ],
    },
    {
      label: t(lang, 'edit'),
      items: [
        { label: t(lang, 'undo'), command: 'undo', shortcut: 'Ctrl+Z' },
        { label: t(lang, 'redo'), command: 'redo', shortcut: 'Ctrl+Y' },
        { label: t(lang, 'find'), command: 'find', shortcut: 'Ctrl+F' },
      ],
    },
    { label: t(lang, 'view'), items: [{ label: 'Bahasa Indonesia', command: 'lang-id' }, { label: 'English', command: 'lang-en' }] },
    { label: t(lang, 'help'), items: [{ label: t(lang, 'guide'), command: 'help', shortcut: 'F1' }] },
  ];
  const render = (items: readonly Item[]) => (
    <ul className="menu-items" role="menu">
      {items.map((it) => (
        <li key={it.label} role="none">
          {it.items ? (
            <details>
              <summary>{it.label}</summary>
              {render(it.items)}
            </details>
          ) : (
            <button
              role="menuitem"
              onClick={() => {
                setOpen(null);
                if (it.command) onCommand(it.command);
              }}
            >
              <span>{it.label}</span>
              {it.shortcut ? <kbd>{it.shortcut}</kbd> : null}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
  return (
    <div className="menubar" role="menubar" onMouseLeave={() => setOpen(null)}>
      {menus.map((m) => (
        <div key={m.label} className={`menu${open === m.label ? ' open' : ''}`}>
          <button role="menuitem" aria-haspopup="true" aria-expanded={open === m.label} onClick={() => setOpen(open === m.label ? null : m.label)}>
            {m.label}
          </button>
          {open === m.label ? render(m.items) : null}
        </div>
      ))}
    </div>
  );
}
