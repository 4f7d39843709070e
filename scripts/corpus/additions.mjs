// Provisions Rancang adds to the corpus because a template must restate them
// whole and reference/indonesia-law.json holds only part of them. The text is
// cut from the machine extraction in reference/laws/*.md between two quoted
// places and cleaned by the listed replacements only (extraction markup, line
// breaks between ayat); the build fails if a quote is no longer in the file,
// so the provenance is checked every time. Status and notes say what was done.
import { readLaw } from './articles.mjs';

export const ADDITIONS = [
  {
    law: 'UU-11-2008',
    of: 'UU-11-2008',
    article: 'Pasal 52',
    before: 'Pasal 52 ayat (1)',
    file: 'uu-2008-11.md',
    from: 'Pasal 52\n',
    to: '\nBAB XII KETENTUAN PERALIHAN',
    replace: [
      [' ( ^2) ^ ', '\n(2) '],
      [' ( ^3) ^ ', '\n(3) '],
    ],
    english:
      'Gloss: aggravations of the ITE offences: (1) one-third where the Art. 27(1) offence concerns decency or sexual exploitation of a child; (2) one-third for acts under Art. 30-37 against government or public-service systems; (3) two-thirds against government or strategic bodies; (4) two-thirds where an offence under Art. 27-37 is committed by a corporation.',
    status: 'verbatim',
    amendedBy: 'Not amended by UU 19/2016 or UU 1/2024 (see the entry for Pasal 52 ayat (1)); not listed in Lampiran I of UU 1/2026.',
    sources: ['https://github.com/mblonyox/data-peraturan/blob/c87e61671ffca02de147b49e204c6eaa9988f077/uu/2008/11.md', 'https://peraturan.info/uu/2008/11'],
    verificationNote:
      "Added by Rancang (scripts/corpus/additions.mjs) from reference/laws/uu-2008-11.md, the mblonyox/data-peraturan extraction of the official text (commit c87e616), so that the repeal of ayat (1) can restate Pasal 52 as Lampiran II item 236 requires. Cleaning: the extraction markers '( ^2) ^' and '( ^3) ^' restored to '(2)' and '(3)' and each ayat put on its own line; wording unchanged. Ayat (1) agrees with the entry 'Pasal 52 ayat (1)' (three copies agree); ayat (2) to (4) rest on this one extraction and were not checked against the official PDF.",
    currency: 'unclear',
    currencyNote:
      'Ayat (1) aggravates Pasal 27 ayat (1), revoked from 2 Januari 2026 by Pasal 622 ayat (1) huruf r KUHP (see the entry for Pasal 52 ayat (1)). Ayat (2) to (4) refer to Pasal 27 to Pasal 37, of which Pasal 27 ayat (1) and (3), 28 ayat (2), 30, 31 ayat (1) and (2) and 36 were revoked by the same provision (reference/laws/uu-2023-1.md, Pasal 622 ayat (1) huruf r, OCR text); how far ayat (2) to (4) still reach since then, and whether UU 1/2024 changed their targets, was not analysed.',
  },
  {
    law: 'UU-21-2007',
    of: 'UU-21-2007',
    article: 'Pasal 1',
    before: 'Pasal 1 angka 1',
    file: 'uu-2007-21.md',
    from: 'Pasal 1\n',
    to: ' BAB II TINDAK PIDANA PERDAGANGAN ORANG',
    replace: [
      [' _,_ ', ', '],
      ['dan _/_ atau', 'dan/atau'],
    ],
    english:
      'Gloss: the definitions of the anti-trafficking law: (1) trafficking in persons, (2) the offence of trafficking, (3) victim, (4) every person, (5) child, (6) corporation, (7) exploitation, (8) sexual exploitation, (9) recruitment, (10) sending, (11) violence, (12) threat of violence, (13) restitution, (14) rehabilitation, (15) debt bondage.',
    status: 'verbatim',
    amendedBy: 'Not amended (no amending statute found); see the entries for the single angka.',
    sources: ['https://github.com/mblonyox/data-peraturan/blob/c87e61671ffca02de147b49e204c6eaa9988f077/uu/2007/21.md', 'https://peraturan.info/uu/2007/21'],
    verificationNote:
      "Added by Rancang (scripts/corpus/additions.mjs) from reference/laws/uu-2007-21.md, the mblonyox/data-peraturan extraction of the official text (commit c87e616), so that the amendment of angka 8 can restate Pasal 1 whole as Lampiran II practice does. Cleaning: the extraction markup ' _,_ ' and 'dan _/_ atau' restored to ', ' and 'dan/atau', and the BAB II heading that ran on after angka 15 cut off; wording unchanged. The angka that the corpus also holds one by one (1, 2, 3, 4, 5, 7, 8, 9, 10, 13, 15) agree with these entries; angka 6, 11, 12 and 14 rest on this one extraction.",
    currency: 'in-force',
    currencyNote: 'No amendment or revocation of Pasal 1 is recorded in the corpus; Pasal 2 of the Law was revoked by the KUHP, not its definitions.',
  },
];

/** The provision entry of an addition, its text cut and cleaned from the extraction. */
export function additionProvision(a) {
  const source = readLaw(a.file);
  const start = source.indexOf(a.from);
  if (start < 0) throw new Error(`addition ${a.law} ${a.article}: "${a.from.trim()}" not found in laws/${a.file}`);
  const end = source.indexOf(a.to, start + a.from.length);
  if (end < 0) throw new Error(`addition ${a.law} ${a.article}: "${a.to.trim()}" not found after it in laws/${a.file}`);
  let text = source.slice(start + a.from.length, end);
  for (const [from, to] of a.replace) {
    if (!text.includes(from)) throw new Error(`addition ${a.law} ${a.article}: "${from}" no longer in the text`);
    text = text.split(from).join(to);
  }
  text = text.trim();
  if (/[_^]/.test(text)) throw new Error(`addition ${a.law} ${a.article}: extraction markup left in the text`);
  return { article: a.article, of: a.of, text, english: a.english, status: a.status, amendedBy: a.amendedBy, sources: a.sources, verificationNote: a.verificationNote, currency: a.currency, currencyNote: a.currencyNote };
}
