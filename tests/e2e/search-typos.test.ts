import { describe, expect, test } from '../helpers/browser-test';
import { openSearchPage, resultPaths, searchFor, waitForResults } from '../helpers/search';

/** Journey: a reader mistypes a word, in the header search or on `/recherche/`, and is offered the right one. */

const TYPOS: [string, string][] = [
  ['télécomunications', 'télécommunications'],
  ['intelligance', 'intelligence'],
  ['gouvernence', 'gouvernance'],
];

describe('a typo', () => {
  test('is answered with « Vouliez-vous dire » and the site’s word, which one tap searches', async ({
    page,
    siteUrl,
  }) => {
    for (const [typo, word] of TYPOS) {
      await openSearchPage(page, siteUrl, typo);
      const suggestion = page.locator('#etat-recherche a.search-suggestion');
      await expect(suggestion.textContent(), typo).resolves.toBe(word);
      await expect(page.textContent('#etat-recherche'), typo).resolves.toContain(
        `Vouliez-vous dire\u00a0: ${word}\u00a0?`,
      );
    }
    await page.click('#etat-recherche a.search-suggestion');
    await waitForResults(page, 'page', 'gouvernance');
    await expect(page.inputValue('#q')).resolves.toBe('gouvernance');
    expect(await resultPaths(page)).toContain('/rapport/8/');

    await page.goto(`${siteUrl}rapport/7/`);
    await page.keyboard.press('/');
    for (const [typo, word] of TYPOS) {
      await searchFor(page, typo, 'dialog');
      await expect(page.locator('.search-dialog a.search-suggestion').textContent(), typo).resolves.toBe(word);
    }
    await page.click('.search-dialog a.search-suggestion');
    await waitForResults(page, 'dialog', 'gouvernance');
    await expect(page.inputValue('#recherche-champ')).resolves.toBe('gouvernance');
  });

  test('a word or a number the site has gets no suggestion, and no vocabulary is loaded', async ({ page, siteUrl }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    for (const query of ['gouvernance', '140']) {
      await openSearchPage(page, siteUrl, query);
      await expect(page.locator('#etat-recherche a.search-suggestion').count(), query).resolves.toBe(0);
    }
    expect(requests).not.toContain('/recherche/vocabulaire.json');
    // A query that finds nothing and has no word close to the site's: nothing offered either.
    await searchFor(page, 'xylophone');
    await expect(page.textContent('#etat-recherche')).resolves.toMatch(/^Aucun résultat/);
    await expect(page.locator('#etat-recherche a.search-suggestion').count()).resolves.toBe(0);
  });
});
