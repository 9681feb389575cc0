/** The font subset files (text and CJK) and their stylesheet, made while the site builds (src/data/font-subsets.ts), at the URLs src/routing/urls.ts names. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getFontFaces, getFontStylesheet } from '../data/font-subsets.ts';
import { buildsFile, shardFromEnv } from '../routing/shards.ts';
import { siteFile, type FileRef } from '../routing/urls.ts';

export const getStaticPaths = (async () => {
  const stylesheet = await getFontStylesheet();
  const files = [
    ...(await getFontFaces()).map((face) => ({ file: face.file, bytes: face.bytes, type: 'font/woff2' })),
    ...(stylesheet ? [{ file: stylesheet.file, bytes: new TextEncoder().encode(stylesheet.css), type: 'text/css' }] : []),
  ];
  return files.flatMap(({ file, bytes, type }) => {
    const ref: FileRef = { kind: 'font', file };
    return buildsFile(shardFromEnv(), ref) ? [{ params: { font: siteFile(ref) }, props: { bytes, type } }] : [];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ bytes: Uint8Array; type: string }> = ({ props }) =>
  new Response(props.bytes as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': props.type } });
