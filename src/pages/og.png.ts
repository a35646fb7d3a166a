/**
 * `/og.png`: the default Open Graph image (1200×630), rendered at build time
 * from the committed source `src/assets/og-image.svg` with sharp.
 */
import type { APIRoute } from 'astro';
import sharp from 'sharp';
import svg from '../assets/og-image.svg?raw';

export const GET: APIRoute = async () => {
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
