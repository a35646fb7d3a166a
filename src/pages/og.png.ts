/**
 * `/og.png`: the default Open Graph image (1200×630), rendered at build time
 * with sharp from the site's content, `content/og-image.svg` (it names the group).
 */
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { config } from '../config';

export const GET: APIRoute = async () => {
  const svg = readFileSync(join(config.contentDir, 'og-image.svg'));
  const png = await sharp(svg).png({ compressionLevel: 9 }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
