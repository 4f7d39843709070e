// Electron hardening, as values and predicates free of Electron so they are
// tested directly: web preferences, Content-Security-Policy, navigation and
// permission policy.

/** webPreferences of the app window. */
export function webPreferences(preload: string) {
  return {
    preload,
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
    spellcheck: true,
  } as const;
}

/** A strict policy: only the app's own files, no remote content, no eval, no inline script. */
export const CONTENT_SECURITY_POLICY = ["default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'none'", "object-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'"].join('; ');

/** Navigation is allowed only to the app's own page (reloads). */
export function allowNavigation(url: string, pageUrl: string): boolean {
  return url.split('#')[0] === pageUrl;
}

/** No permission (camera, microphone, notifications, geolocation, ...) is ever granted. */
export function allowPermission(_permission: string): boolean {
  return false;
}
