import { test } from 'vitest';
import { loadLibrary } from '../../src/io/library-loader';
import { indexLibrary } from '../../src/core/library';
import { skeletonBill } from '../../src/core/build';
import { insertTemplate } from '../../src/core/instantiate';
import { computeNumbering } from '../../src/core/numbering';
import { renderText } from '../../src/core/reading';
import { lintDraft } from '../../src/core/lint/lint';
test('render', async () => {
  const lib = indexLibrary(await loadLibrary());
  let doc = skeletonBill('Pemberantasan Kekerasan dan Eksploitasi Seksual Anak secara Daring');
  for (const id of (process.env.TPL ?? '').split(',')) doc = insertTemplate(doc, lib.template(id)!, lib).tr.doc;
  const numbering = computeNumbering(doc, { lawArticles: (l) => lib.law(l)?.articles });
  const t = renderText(doc, { numbering, lib });
  console.log(t.slice(t.indexOf('MEMUTUSKAN'), t.indexOf('TAMBAHAN LEMBARAN')));
  console.log(lintDraft(doc, { numbering, lib }).map((f) => `${f.severity} ${f.rule} ${f.at}: ${f.message}`).join('\n'));
});
