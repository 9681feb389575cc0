/**
 * `npm run dev` only: serves the last build's search bundles (dist/pagefind/) where the built site has
 * them, because Pagefind indexes built pages and the dev server builds none. Without a build the files
 * are missing and the search page says that search needs `npm run build` (src/scripts/search.ts).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withBase } from '../../src/routing/urls.ts';

/**
 * The types Pagefind's files need: its script is loaded with import(), which requires a JavaScript type;
 * its index chunks and WebAssembly are fetched as bytes whatever their type.
 */
const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** The file under `root` that a request path names, or undefined (missing, a folder, or outside root). */
function fileFor(root: string, requestPath: string): string | undefined {
  let path: string;
  try {
    path = resolve(join(root, decodeURIComponent(requestPath)));
  } catch {
    return undefined;
  }
  if (!path.startsWith(root + sep)) return undefined;
  try {
    return statSync(path).isFile() ? path : undefined;
  } catch {
    return undefined;
  }
}

function send(file: string, response: ServerResponse, head: boolean): void {
  response.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
  response.setHeader('Content-Length', statSync(file).size);
  // A new build replaces the bundles while the dev server runs.
  response.setHeader('Cache-Control', 'no-store');
  if (head) response.end();
  else createReadStream(file).pipe(response);
}

export function lastSearchIndex(): AstroIntegration {
  let root = '';
  let dev = false;
  return {
    name: 'last-search-index',
    hooks: {
      'astro:config:setup': ({ command }) => {
        dev = command === 'dev';
      },
      'astro:config:done': ({ config }) => {
        root = resolve(fileURLToPath(new URL('pagefind/', config.outDir)));
      },
      'astro:server:setup': ({ server, logger }) => {
        // `astro build` sets up a server too (content sync); the last build's index is for `astro dev` alone.
        if (!dev) return;
        const built = existsSync(root) ? statSync(root).mtime : undefined;
        logger.info(
          built
            ? `search uses the last build's index (${root}, ${built.toISOString()}); npm run build renews it`
            : `search needs npm run build: there is no built index in ${root} yet`,
        );
        // Mounted at the bundles' URL: connect strips it, so request.url is the path inside dist/pagefind/.
        server.middlewares.use(withBase('pagefind/'), (request, response, next) => {
          const file =
            request.method === 'GET' || request.method === 'HEAD'
              ? fileFor(root, new URL(request.url ?? '/', 'http://dev').pathname)
              : undefined;
          if (file) send(file, response, request.method === 'HEAD');
          else next();
        });
      },
    },
  };
}
