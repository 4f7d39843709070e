// The editor end to end, in Chromium against the web build: open the starter
// bill; change a parameter past its closing bound and see the gap turn
// partial, then undo; insert and break a cross-reference; review a gap and see
// the review go stale; save and reopen with identical content; compose from an
// empty bill; export. Screenshots go to test-results/screenshots.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { shot, startApp, type App } from './harness';

let app: App;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  page = app.page;
  await page.waitForSelector('[data-testid=doc-name]:has-text("osaec.rancang.json")', { timeout: 60_000 });
  await page.waitForSelector('.statute .k-pasal');
});

afterAll(async () => {
  expect(app.errors, app.errors.join('\n')).toEqual([]);
  await app?.close();
});

async function tab(name: 'library' | 'checklist' | 'law' | 'problems'): Promise<void> {
  await page.click(`.tabs [data-tab=${name}]`);
}

async function gapStatus(id: string): Promise<string | null> {
  return page.getAttribute(`.gap[data-gap=${id}]`, 'data-status');
}

async function menu(top: string, item: string): Promise<void> {
  await page.click(`.menubar .menu > button:has-text("${top}")`);
  await page.click(`.menu-items button:has-text("${item}")`);
}

describe('editor', () => {
  test('opens the starter bill with every critical and high gap closed', async () => {
    await tab('checklist');
    await page.waitForSelector('.gap[data-gap=G01]');
    const states = await page.$$eval('.gap', (els) => els.map((e) => ({ id: e.getAttribute('data-gap'), status: e.getAttribute('data-status'), sev: e.querySelector('.sev')?.className ?? '' })));
    expect(states).toHaveLength(24);
    for (const s of states.filter((x) => /critical|high/.test(x.sev))) expect(s.status, s.id!).toBe('closed');
    const outline = await page.$$eval('.outline .o-label', (els) => els.map((e) => e.textContent));
    expect(outline).toContain('BAB I');
    expect(outline).toContain('Pasal 1');
    await shot(page, '01-starter-checklist');
  });

  test('a parameter past its closing bound turns the gap partial; undo closes it again', async () => {
    // itikad-baik claims G16 F1 only while the reporting deadline is at most 24 hours.
    const slot = '.statute .k-pasal[data-template=itikad-baik] .k-slot[data-name=jamLapor]';
    await tab('checklist');
    expect(await gapStatus('G16')).toBe('closed');
    await page.click(slot);
    await tab('library');
    const input = page.locator('.clause-params [data-param=jamLapor] input');
    // Typed key by key: the field keeps the focus while the bill follows.
    await input.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('48');
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => input.inputValue()).toBe('48');
    // A value out of bounds stays in the field with its error, and the bill keeps the last valid one.
    await page.keyboard.type('000');
    await expect.poll(() => page.locator('.clause-params [data-param=jamLapor].invalid').count()).toBe(1);
    await expect.poll(() => page.textContent(slot)).toBe('48 (empat puluh delapan) jam');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
    await tab('checklist');
    await expect.poll(() => gapStatus('G16'), { timeout: 5000 }).toBe('partial');
    await expect.poll(() => page.textContent(slot)).toBe('48 (empat puluh delapan) jam');
    await shot(page, '02-param-partial');
    await page.click(slot);
    await page.keyboard.press('Control+z');
    await tab('checklist');
    await expect.poll(() => gapStatus('G16'), { timeout: 5000 }).toBe('closed');
    await expect.poll(() => page.textContent(slot)).toBe('24 (dua puluh empat) jam');
  });

  test('a cross-reference follows its target, and is flagged when the target is deleted', async () => {
    // Two new Pasal after the first Pasal of BAB II: a target, and a Pasal referring to it.
    const first = page.locator('.statute .k-bab').nth(1).locator('.k-pasal').first().locator('.k-teks').first();
    await first.click();
    await page.keyboard.press('End');
    await page.keyboard.press('Control+Enter');
    await page.keyboard.type('Ketentuan uji yang akan dirujuk.');
    await page.keyboard.press('Control+Enter');
    await page.keyboard.type('Ketentuan ');
    await page.click('.toolbar button:has-text("Rujukan")');
    await page.fill('.modal input[type=search]', 'Ketentuan uji yang akan dirujuk');
    await page.click('.modal .ref-list li:first-child input[type=checkbox]');
    await page.click('.modal button.primary');
    await page.keyboard.type(' berlaku bagi Setiap Orang uji.');
    const referring = page.locator('.statute .k-pasal', { hasText: 'berlaku bagi Setiap Orang uji.' });
    const ref = referring.locator('.k-rujukan');
    const label = await page.locator('.statute .k-pasal', { hasText: 'Ketentuan uji yang akan dirujuk.' }).getAttribute('data-label');
    await expect.poll(() => ref.textContent()).toBe(`sebagaimana dimaksud dalam ${label}`);
    await shot(page, '03-reference');
    // Delete the target Pasal.
    await page.locator('.statute .k-teks', { hasText: 'Ketentuan uji yang akan dirujuk.' }).click();
    await page.click('.toolbar button:has-text("Hapus Pasal")');
    await expect.poll(() => page.locator('.statute .k-rujukan.ref-missing').count()).toBeGreaterThan(0);
    await tab('problems');
    await expect.poll(() => page.locator('.problem[data-rule=R110]').count(), { timeout: 5000 }).toBeGreaterThan(0);
    await shot(page, '04-dangling-reference');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.statute .k-rujukan.ref-missing').count()).toBe(0);
  });

  test('a review goes stale when the closing text changes', async () => {
    await tab('checklist');
    // A note begun on one gap stays with that gap.
    await page.click('.gap[data-gap=G13] .gap-row');
    await page.fill('.gap[data-gap=G13] .review-box textarea', 'Catatan untuk G13.');
    await page.click('.gap[data-gap=G12] .gap-row');
    expect(await page.inputValue('.gap[data-gap=G12] .review-box textarea')).toBe('');
    await page.fill('.gap[data-gap=G12] .review-box input', 'Penelaah Uji');
    await page.fill('.gap[data-gap=G12] .review-box textarea', 'Batas 24 jam sesuai RA 11930.');
    await page.click('.gap[data-gap=G12] .review-box button.accept');
    await expect.poll(() => page.getAttribute('.gap[data-gap=G12]', 'data-review')).toBe('accepted');
    // Edit the takedown clause.
    const text = page.locator('.statute .k-teks', { has: page.locator('.k-slot[data-name=jamPenurunan]') });
    await text.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Tambahan.');
    await expect.poll(() => page.getAttribute('.gap[data-gap=G12]', 'data-review'), { timeout: 5000 }).toBe('stale');
    await shot(page, '05-review-stale');
  });

  test('a reviewer adds a project gap with criteria, links the Pasal at the cursor, and it closes', async () => {
    await tab('checklist');
    await page.click('.checklist-head button:has-text("Celah proyek baru")');
    // The form refuses a gap without a title.
    await page.click('.modal button.primary');
    await page.waitForSelector('.modal [role=alert]');
    await page.fill('.modal input[name=title]', 'Kewajiban platform skala kecil');
    await page.fill('.modal input[name=criterion-0]', 'Platform skala kecil wajib menurunkan konten dalam tenggat yang sama.');
    await page.click('.modal button:has-text("Tambah kriteria")');
    await page.fill('.modal input[name=criterion-1]', 'Pedoman teknis bagi platform skala kecil.');
    await page.selectOption('.modal select[name=criterion-for-1]', 'partial');
    await page.click('.modal button.primary');
    await expect.poll(() => page.getAttribute('.gap[data-gap=P01]', 'data-status')).toBe('open');
    // Cursor into the takedown clause, then link it to the full criterion.
    await page.locator('.statute .k-teks', { has: page.locator('.k-slot[data-name=jamPenurunan]') }).click();
    await page.click('.gap[data-gap=P01] .gap-row');
    await page.locator('.gap[data-gap=P01] .criteria li').first().locator('.link-at-cursor').click();
    await expect.poll(() => page.getAttribute('.gap[data-gap=P01]', 'data-status')).toBe('closed');
    await expect.poll(() => page.locator('.gap[data-gap=P01] .closing a').first().textContent()).toMatch(/^Pasal \d+$/);
    await shot(page, '06-project-gap');
    // Unlinking opens it again; linking again closes it.
    await page.locator('.gap[data-gap=P01] .criteria .unlink').first().click();
    await expect.poll(() => page.getAttribute('.gap[data-gap=P01]', 'data-status')).toBe('open');
    await page.locator('.gap[data-gap=P01] .criteria li').first().locator('.link-at-cursor').click();
    await expect.poll(() => page.getAttribute('.gap[data-gap=P01]', 'data-status')).toBe('closed');
  });

  test('save and reopen give identical content', async () => {
    await menu('Berkas', 'Simpan sebagai');
    await page.fill('.modal input', 'uji-e2e.rancang.json');
    await page.click('.modal button.primary');
    await page.waitForSelector('[data-testid=doc-name]:has-text("uji-e2e.rancang.json")');
    await expect.poll(() => page.locator('[data-testid=doc-name] .dirty').count()).toBe(0);
    const first = JSON.parse(readFileSync(path.join(app.workspace, 'uji-e2e.rancang.json'), 'utf8'));
    await menu('Berkas', 'Buka');
    await page.click('.modal .file-list button:has-text("uji-e2e.rancang.json")');
    await page.waitForSelector('[data-testid=doc-name]:has-text("uji-e2e.rancang.json")');
    await menu('Berkas', 'Simpan sebagai');
    await page.fill('.modal input', 'uji-e2e-2.rancang.json');
    await page.click('.modal button.primary');
    await page.waitForSelector('[data-testid=doc-name]:has-text("uji-e2e-2.rancang.json")');
    const second = JSON.parse(readFileSync(path.join(app.workspace, 'uji-e2e-2.rancang.json'), 'utf8'));
    expect(second.doc).toEqual(first.doc);
    expect(second.reviews).toEqual(first.reviews);
    expect(second.gaps).toEqual(first.gaps);
    expect(first.reviews).toHaveLength(1);
  });

  test('compose from an empty bill: insert a template, numbers and references follow', async () => {
    await menu('Berkas', 'RUU kosong');
    await page.waitForSelector('[data-testid=doc-name]:has-text("rancangan-baru")');
    await tab('library');
    await page.fill('.library-pane input[type=search]', 'Siaran Langsung Kekerasan');
    await page.click('.template-list li[data-template=siaran-langsung] .template-title');
    await page.fill('.template-list li[data-template=siaran-langsung] [data-param=penjara] input', '12');
    await page.click('.template-list li[data-template=siaran-langsung] button.insert');
    await expect.poll(() => page.$$eval('.outline .o-label', (els) => els.map((e) => e.textContent))).toEqual(['BAB I', 'Pasal 1', 'BAB II', 'Pasal 2', 'BAB III', 'Pasal 3', 'BAB IV', 'Pasal 4']);
    const penalty = await page.locator('.statute .k-pasal[data-label="Pasal 3"]').textContent();
    expect(penalty).toContain('sebagaimana dimaksud dalam Pasal 2');
    expect(penalty).toContain('12 (dua belas) tahun');
    await tab('checklist');
    await expect.poll(() => gapStatus('G03')).toBe('partial');
    await shot(page, '07-composed');
    await page.keyboard.press('Control+z');
  });

  test('export writes every document', async () => {
    await menu('Berkas', 'Buka');
    // The composed bill has unsaved changes: confirm discarding them first.
    await page.click('.modal button.primary');
    await page.click('.modal .file-list button:has-text("osaec.rancang.json")');
    await page.waitForSelector('[data-testid=doc-name]:has-text("osaec.rancang.json")');
    await menu('Berkas', 'Ekspor');
    await page.click('.modal button.primary');
    await page.waitForSelector('.modal .export-files li', { timeout: 90_000 });
    await shot(page, '08-export');
    const files = readdirSync(path.join(app.workspace, 'ekspor')).sort();
    expect(files).toEqual(['osaec.checklist.csv', 'osaec.checklist.docx', 'osaec.matriks.docx', 'osaec.redline.docx', 'osaec.ruu.docx']);
    await page.click('.modal button.primary');
  });

  test('the preview refuses calls from another origin and simple cross-site posts', async () => {
    const call = (headers: Record<string, string>) => fetch(`${app.url}ipc/draftRecent`, { method: 'POST', headers, body: 'null' }).then((r) => r.status);
    expect(await call({ 'Content-Type': 'application/json' })).toBe(200);
    expect(await call({ 'Content-Type': 'application/json', Origin: 'http://evil.example' })).toBe(403);
    expect(await call({ 'Content-Type': 'text/plain' })).toBe(403);
  });

  test('unsaved work comes back after the window is lost, and saving clears the recovery copy', async () => {
    const recovery = path.join(app.workspace, '.rancang', 'recovery');
    const copies = () => (existsSync(recovery) ? readdirSync(recovery) : []);
    // The composed bill whose changes were discarded left no copy behind.
    expect(copies()).toEqual([]);
    const target = page.locator('.statute .k-teks', { has: page.locator('.k-slot[data-name=jamPenurunan]') });
    await target.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Kalimat yang belum disimpan.');
    // The autosave runs every 3 seconds while there are unsaved changes; wait for the whole sentence.
    const saved = () => copies().map((n) => readFileSync(path.join(recovery, n), 'utf8'));
    await expect.poll(() => saved().some((t) => t.includes('Kalimat yang belum disimpan.')), { timeout: 15_000 }).toBe(true);
    expect(copies()).toHaveLength(1);
    // Reload as if the window had been lost (the unsaved-changes prompt is accepted).
    page.once('dialog', (d) => void d.accept());
    await page.reload();
    await page.waitForSelector('.modal:has-text("Pulihkan")', { timeout: 30_000 });
    await shot(page, '09-recovery');
    await page.click('.modal button.primary');
    await page.waitForSelector('[data-testid=doc-name]:has-text("osaec.rancang.json")');
    await expect.poll(() => page.locator('.statute .k-teks', { hasText: 'Kalimat yang belum disimpan.' }).count()).toBe(1);
    await expect.poll(() => page.locator('[data-testid=doc-name] .dirty').count()).toBe(1);
    // Work goes on into the same copy; saving writes the draft and removes it.
    await page.locator('.statute .k-teks', { hasText: 'Kalimat yang belum disimpan.' }).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Lagi.');
    await page.waitForTimeout(3500);
    expect(copies()).toHaveLength(1);
    await menu('Berkas', 'Simpan');
    await expect.poll(() => page.locator('[data-testid=doc-name] .dirty').count()).toBe(0);
    expect(readFileSync(path.join(app.workspace, 'osaec.rancang.json'), 'utf8')).toContain('Kalimat yang belum disimpan.');
    await expect.poll(() => copies()).toEqual([]);
  });

  test('Ctrl+S saves with the focus outside the editor', async () => {
    await page.locator('.statute .k-teks', { has: page.locator('.k-slot[data-name=jamPenurunan]') }).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Sekali lagi.');
    await expect.poll(() => page.locator('[data-testid=doc-name] .dirty').count()).toBe(1);
    await tab('library');
    await page.click('.library-pane input[type=search]');
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.locator('[data-testid=doc-name] .dirty').count()).toBe(0);
    expect(readFileSync(path.join(app.workspace, 'osaec.rancang.json'), 'utf8')).toContain('Sekali lagi.');
  });
});
