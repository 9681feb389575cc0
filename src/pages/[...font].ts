/** The font subset files (text and CJK), cut while the site builds (src/data/font-subsets.ts), at the URLs src/routing/urls.ts names. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getFontFaces } from '../data/font-subsets.ts';
import { buildsFile, shardFromEnv } from '../routing/shards.ts';
import { siteFile, type FileRef } from '../routing/urls.ts';

export const getStaticPaths = (async () =>
  (await getFontFaces()).flatMap((face) => {
    const ref: FileRef = { kind: 'font', file: face.file };
    return buildsFile(shardFromEnv(), ref) ? [{ params: { font: siteFile(ref) }, props: { bytes: face.bytes } }] : [];
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ bytes: Uint8Array }> = ({ props }) =>
  new Response(props.bytes as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'font/woff2' } });
