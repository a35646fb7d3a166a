import type { Page } from 'playwright-core';

/** A page printed on A4 with the margins a reader's browser gives by default (15 mm), as Chromium's PDF. */
export async function printA4(page: Page, url: string): Promise<Buffer> {
  await page.goto(url);
  await page.emulateMedia({ media: 'print' });
  return page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
}

/** Pages of a PDF, from its page tree (`/Type /Pages … /Count n`). */
export function pageCount(pdf: Buffer): number {
  const counts = [...pdf.toString('latin1').matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)].map((m) =>
    Number(m[1]),
  );
  if (counts.length === 0) throw new Error('no page tree in the PDF');
  return Math.max(...counts);
}
