// What each template closes on its own, at its default parameters: "full"
// when it alone satisfies every full criterion of the gap, else "partial".
import type { ClauseTemplate, LibraryIndex } from './library';
import { defaultParams, gapState, templateCriteria } from './gaps';

export interface Extent {
  readonly gap: string;
  readonly extent: 'full' | 'partial';
}

/** The gaps a template closes at its defaults, with the extent it reaches alone. */
export function templateExtent(t: ClauseTemplate, lib: LibraryIndex): Extent[] {
  const terms = new Set(t.terms);
  const out: Extent[] = [];
  for (const [gapId, crits] of templateCriteria(t, defaultParams(t), terms)) {
    const gap = lib.gap(gapId);
    if (!gap) continue;
    out.push({ gap: gapId, extent: gapState(gap, crits) === 'closed' ? 'full' : 'partial' });
  }
  return out.sort((a, b) => a.gap.localeCompare(b.gap));
}
