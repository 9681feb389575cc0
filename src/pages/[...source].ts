/** Each raw input from content/sources/ unchanged, at the URL src/routing/urls.ts names. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readSource, sourceFiles, type SourceFile } from '../data/sources.ts';
import { buildsFile, shardFromEnv } from '../routing/shards.ts';
import { siteFile, type FileRef } from '../routing/urls.ts';

export const getStaticPaths = (async () =>
  (await sourceFiles()).flatMap((source) => {
    const ref: FileRef = { kind: 'source', file: source.file };
    return buildsFile(shardFromEnv(), ref, source.slug) ? [{ params: { source: siteFile(ref) }, props: { source } }] : [];
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ source: SourceFile }> = async ({ props }) =>
  new Response(await readSource(props.source), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
