import { describe, expect, test } from '../helpers/selection';
import { encodeTerm } from '../../src/lib/text-fragments-syntax';

/**
 * Arriving on a link to cited words (`#p7-3:~:text=…`): browsers that open
 * text fragments do it themselves; the others (here Chromium with the feature
 * switched off, which removes `document.fragmentDirective`) get the paragraph
 * and the words marked by `text-fragment-arrival.ts`, in bounded time.
 */
const NO_TEXT_FRAGMENTS = '--disable-blink-features=TextFragmentIdentifiers';

describe('arriving on a link to cited words', () => {
  test('falls back to the paragraph and marks the words where the browser does not open text fragments', async ({
    switchedContext,
    siteUrl,
  }) => {
    const old = await switchedContext(NO_TEXT_FRAGMENTS, { viewport: { width: 1280, height: 400 } });
    const page = await old.newPage();
    await page.goto(`${siteUrl}rapport/7/#p7-3:~:text=central-,de%20l%E2%80%99UIT`);
    await expect(page.evaluate(() => 'fragmentDirective' in document)).resolves.toBe(false);
    const mark = page.locator('#p7-3 mark.passage-citee');
    await mark.waitFor();
    await expect(mark.textContent()).resolves.toBe('de l’UIT');
    await expect(page.locator('mark.passage-citee').count()).resolves.toBe(1);
    await expect(page.locator('#p7-3').textContent()).resolves.toContain('le rôle central de l’UIT dans ce processus');
    const box = (await mark.boundingBox())!;
    expect(box.y).toBeGreaterThan(0);
    expect(box.y).toBeLessThan(400);

    // Words since changed: the reader still lands on the paragraph (marked as the target), and nothing breaks.
    const changed = await old.newPage();
    await changed.goto(
      `${siteUrl}rapport/7/#p7-2:~:text=des%20mots%20qui%20n%E2%80%99y%20sont%20plus,fin&text=%E2%80%`,
    );
    await changed.locator('body[data-passage-cite="introuvable"]').waitFor({ state: 'attached' });
    const target = (await changed.locator('#p7-2').boundingBox())!;
    expect(target.y).toBeGreaterThanOrEqual(0);
    expect(target.y).toBeLessThan(400);
    await expect(changed.locator('mark.passage-citee').count()).resolves.toBe(0);
  });

  test('keeps the page responsive on the full report with 3,000 directives: no long task over 100 ms', async ({
    switchedContext,
    siteUrl,
  }) => {
    const old = await switchedContext(NO_TEXT_FRAGMENTS, { viewport: { width: 1280, height: 800 } });
    await old.addInitScript(() => {
      const tasks: { start: number; duration: number }[] = [];
      (window as unknown as { longTasks: typeof tasks }).longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    // Words that are in the report, often, with and without context, and words that are not.
    const terms = ['UIT', 'SMSI', 'mandat', 'de l’UIT', 'Conseil', 'absent', 'e', 'la mise en œuvre', 'ODD', 'zzz'];
    const directives = Array.from({ length: 3000 }, (_, i) => {
      const term = encodeTerm(terms[i % terms.length]!);
      return i % 3 === 0 ? `text=${term}` : i % 3 === 1 ? `text=le-,${term}` : `text=${term},-du`;
    });
    const page = await old.newPage();
    await page.goto(`${siteUrl}rapport/complet/#:~:${directives.join('&')}`);
    await page.locator('body[data-passage-cite="marque"]').waitFor({ state: 'attached' });
    // Only the first directives are followed (MAX_TEXT_DIRECTIVES), and each is marked once.
    await expect(page.locator('mark.passage-citee').count()).resolves.toBeLessThanOrEqual(20);
    await expect(page.locator('mark.passage-citee').count()).resolves.toBeGreaterThan(0);
    // The fallback's own work: the tasks that hold one of its measured steps (User Timing `passage-cite:…`).
    const { tasks, steps } = await page.evaluate(() => ({
      tasks: (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks,
      steps: performance
        .getEntriesByType('measure')
        .filter((entry) => entry.name.startsWith('passage-cite:'))
        .map((entry) => ({ start: entry.startTime, end: entry.startTime + entry.duration })),
    }));
    expect(steps.map((step) => step.end - step.start).length).toBe(3);
    const ours = tasks.filter((task) =>
      steps.some((step) => step.start < task.start + task.duration && task.start < step.end),
    );
    expect(ours.filter((task) => task.duration > 100)).toEqual([]);
  });

  test('leaves browsers that open text fragments to do it themselves', async ({ page, siteUrl }) => {
    await page.goto(`${siteUrl}rapport/7/#p7-3:~:text=a%20renouvel%C3%A9%20et%20renforc%C3%A9`);
    await expect(page.evaluate(() => location.hash)).resolves.toBe('#p7-3');
    await expect(page.locator('mark.passage-citee').count()).resolves.toBe(0);
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => /text-fragment/.test(name)),
    );
    expect(scripts).toEqual([]);
  });
});
