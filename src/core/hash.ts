// A short, fast content hash (FNV-1a, 32 bit) for clause text and review basis.
// It detects change; it is not a security measure.

/** Hex FNV-1a hash of a string. */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
