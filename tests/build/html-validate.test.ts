import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlErrors } from '../helpers/html-validation';
import { listPages, readPage } from '../helpers/site';

/** Every built page is valid HTML (html-validate, `.htmlvalidate.json`); the planted defect proves the gate fails. */
describe('valid HTML', () => {
  it('every built page validates without an error', async () => {
    const pages = listPages();
    expect(pages.length).toBeGreaterThan(50);
    const errors = (await Promise.all(pages.map((page) => htmlErrors(readPage(page), `/${page}`)))).flat();
    expect(errors).toEqual([]);
  });

  it('catches a planted invalid nesting', async () => {
    const html = readFileSync('tests/fixtures/defects/invalid-nesting.html', 'utf8');
    const errors = await htmlErrors(html, 'invalid-nesting.html');
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/no-implicit-close: Element <p> is implicitly closed by adjacent <div>/),
        expect.stringMatching(/element-permitted-content: <p> element is not permitted as content under <ul>/),
      ]),
    );
  });
});
