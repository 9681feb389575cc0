/** The CJK font subset files, cut from Noto Sans SC while the site builds (src/data/cjk-font.ts), at the URLs src/routing/urls.ts names. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCjkFontFaces } from '../data/cjk-font.ts';
import { siteFile } from '../routing/urls.ts';

export const getStaticPaths = (async () =>
  (await getCjkFontFaces()).map((face) => ({
    params: { font: siteFile({ kind: 'font', file: face.file }) },
    props: { bytes: face.bytes },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ bytes: Uint8Array }> = ({ props }) =>
  new Response(props.bytes as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'font/woff2' } });
