// The preload exposes one named method per channel of the ipc contract and
// the two event subscriptions, nothing else (contextBridge; sandboxed).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS, menuCommand, type MenuCommand } from '../ipc/contract';

async function invoke(channel: string, arg: unknown): Promise<unknown> {
  const result = (await ipcRenderer.invoke(`rancang:${channel}`, arg)) as unknown;
  if (result && typeof result === 'object' && 'error' in result && typeof (result as { error: unknown }).error === 'string') throw new Error((result as { error: string }).error);
  return result;
}

const api: Record<string, unknown> = {};
for (const channel of CHANNELS) api[channel] = (arg: unknown) => invoke(channel, arg);
api.onMenu = (listener: (c: MenuCommand) => void) => {
  const wrapped = (_e: IpcRendererEvent, c: unknown) => {
    if (menuCommand.safeParse(c).success) listener(c as MenuCommand);
  };
  ipcRenderer.on('rancang:menu', wrapped);
  return () => ipcRenderer.removeListener('rancang:menu', wrapped);
};
api.onExportProgress = (listener: (p: { done: number; total: number; name: string }) => void) => {
  const wrapped = (_e: IpcRendererEvent, p: { done: number; total: number; name: string }) => listener(p);
  ipcRenderer.on('rancang:export-progress', wrapped);
  return () => ipcRenderer.removeListener('rancang:export-progress', wrapped);
};
api.setLanguage = (lang: 'id' | 'en') => ipcRenderer.send('rancang:language', lang);

contextBridge.exposeInMainWorld('rancang', Object.freeze(api));
