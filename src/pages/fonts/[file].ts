/** The CJK font subset files, cut from Noto Sans SC while the site builds (see src/data/cjk-font.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCjkFontFaces } from '../../data/cjk-font.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  (await getCjkFontFaces()).map((face) => ({ params: { file: face.file }, props: { bytes: face.bytes } }));

export const GET: APIRoute = ({ props }) =>
  new Response(props['bytes'] as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'font/woff2' } });
