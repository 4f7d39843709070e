// Electron hardening as values and predicates free of Electron, tested
// directly: Content-Security-Policy, navigation and permission policy. The
// window's webPreferences are written out in main.ts for static checkers.

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
