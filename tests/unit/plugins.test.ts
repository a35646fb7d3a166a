import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprint, type PinnedSection } from '../../src/lib/paragraph-pins';
import { pinRecorder } from '../../src/integrations/paragraph-pins';
import rehypeParagraphExport from '../../src/plugins/rehype-paragraph-export';
import rehypeParagraphIds from '../../src/plugins/rehype-paragraph-ids';
import { renderMarkdown } from '../helpers/markdown';

/**
 * What the plugin fixtures (tests/unit/plugin-fixtures.test.ts,
 * tests/fixtures/plugins/) cannot say: the environment `npm run permalinks`
 * sets, and which plugin writes what.
 */
const published = {
  r: {
    'p7-1': { empreinte: fingerprint('Un.'), debut: 'Un.' },
    'p7-2': { empreinte: fingerprint('Deux.'), debut: 'Deux.' },
    'p7-3': { empreinte: fingerprint('Trois.'), debut: 'Trois.' },
  },
};
const pinned = [rehypeParagraphIds, { pins: () => published }] as const;

describe('rehype-paragraph-ids under npm run permalinks', () => {
  it('with accept (PARAGRAPH_PINS_ACCEPT=1), keeps a changed paragraph’s id and turns a removed one into a notice', async () => {
    const accepting = [rehypeParagraphIds, { pins: () => published, accept: true }] as const;
    const { html } = await renderMarkdown('Un, corrigé.\n\nTrois.', [[...accepting]], { rapport: 'r', numero: 7 });
    expect(html).toBe(
      '<p id="p7-1">Un, corrigé.</p>\n' +
        '<div id="p7-2" class="paragraphe-retire" role="note" data-pagefind-ignore="">Le paragraphe 7.2 a été retiré du rapport par un corrigendum.</div><p id="p7-3">Trois.</p>',
    );
  });

  it('gives onPinned each section’s ids and fingerprints; pinRecorder writes them for npm run permalinks', async () => {
    const folder = mkdtempSync(resolve('tmp/pins-record-'));
    try {
      const sections: PinnedSection[] = [];
      const onPinned = (section: PinnedSection) => void sections.push(section);
      const recording = [rehypeParagraphIds, { pins: () => published, onPinned }] as const;
      await renderMarkdown('Un.\n\nNouveau.\n\nDeux.\n\nTrois.', [[...recording]], { rapport: 'r', numero: 7 });
      expect(sections).toHaveLength(1);
      pinRecorder(folder)(sections[0]!);
      expect(readdirSync(folder)).toEqual(['r--7.json']);
      expect(JSON.parse(readFileSync(join(folder, 'r--7.json'), 'utf8'))).toEqual({
        rapport: 'r',
        numero: 7,
        paragraphs: [
          { id: 'p7-1', empreinte: fingerprint('Un.'), debut: 'Un.' },
          { id: 'p7-1a', empreinte: fingerprint('Nouveau.'), debut: 'Nouveau.' },
          { id: 'p7-2', empreinte: fingerprint('Deux.'), debut: 'Deux.' },
          { id: 'p7-3', empreinte: fingerprint('Trois.'), debut: 'Trois.' },
        ],
      });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('one job per plugin', () => {
  it('rehype-paragraph-ids writes ids only: the export is rehype-paragraph-export’s', async () => {
    const { frontmatter } = await renderMarkdown('Un.\n\nDeux.\n\nTrois.', [[...pinned]], { rapport: 'r', numero: 7 });
    expect(frontmatter).toEqual({ rapport: 'r', numero: 7 });
  });

  it('rehype-paragraph-export reads the ids others wrote: alone, it finds no paragraph to export', async () => {
    const { html, frontmatter } = await renderMarkdown('## Titre\n\nUn.', [rehypeParagraphExport], {
      rapport: 'r',
      numero: 7,
    });
    expect(html).toBe('<h2>Titre</h2>\n<p>Un.</p>');
    expect(frontmatter.paragraphes).toEqual([]);
  });
});
