import { describe, expect, test } from '../helpers/browser-test';
import { openSearchPage, searchFor, waitForResults } from '../helpers/search';

/**
 * Journey: a hostile or careless address or query. The shared fixture fails any test in which
 * a page throws, so each of these also proves that no page error was raised.
 */

describe('queries that are words of JavaScript', () => {
  test('constructor, __proto__ and toString are searched like any word, on the page and in the dialog', async ({
    page,
    siteUrl,
  }) => {
    for (const query of ['constructor', '__proto__']) {
      await openSearchPage(page, siteUrl, query);
      await expect(page.textContent('#etat-recherche'), query).resolves.toMatch(/(Aucun|\d+\s)\s*résultat/);
    }
    await searchFor(page, 'toString');
    await page.goto(`${siteUrl}rapport/7/`);
    await page.keyboard.press('/');
    for (const query of ['140', 'constructor', '__proto__']) await searchFor(page, query, 'dialog');
    // The answer to « 140 » is gone: no stale results under a new query.
    await expect(page.locator('#recherche-resultats a[href="/resolutions/pp-140/"]').count()).resolves.toBe(0);
  });
});

describe('addresses that do not decode', () => {
  test('a malformed percent-encoding in the fragment is ignored: the words are marked and counted', async ({
    page,
    siteUrl,
  }) => {
    await page.goto(`${siteUrl}rapport/7/?surligner=SMSI#%`);
    await page.waitForSelector('mark.surlignage');
    const count = await page.locator('mark.surlignage').count();
    await expect(page.textContent('.highlight-bar')).resolves.toContain(`1 sur ${count}`);
  });
});

describe('what a query must never bring back', () => {
  test('direction controls are stripped and never echoed; a repeated missing reference is said once', async ({
    page,
    siteUrl,
  }) => {
    await page.goto(`${siteUrl}recherche/`);
    await page.fill('#q', '\u202eGenève\u2066 \u200f');
    await waitForResults(page, undefined, 'Genève');
    const said = (await page.textContent('#etat-recherche')) ?? '';
    expect(said).not.toMatch(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('Genève');

    await searchFor(page, '§ 9.9 § 9.9 § 9.9');
    const notice = (await page.textContent('#etat-recherche')) ?? '';
    expect(notice.match(/n’existe/g)).toHaveLength(1);
    expect(notice).toContain('Le §\u202f9.9 n’existe pas dans ce rapport');
  });

  test('lone surrogates typed in the field are removed, never turned into U+FFFD', async ({ page, siteUrl }) => {
    await page.goto(`${siteUrl}recherche/`);
    await page.fill('#q', 'Gen\ud800ève\udfff');
    await waitForResults(page, undefined, 'Genève');
    expect(await page.textContent('#etat-recherche')).not.toMatch(/[\ufffd\ud800-\udfff]/);
    expect(page.url()).not.toContain('%EF%BF%BD');
    expect(new URL(page.url()).searchParams.get('q')).toBe('Genève');
  });
});
