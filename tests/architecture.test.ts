/**
 * The direction of imports: the folders of src/ form layers, and a module imports only from its own layer
 * or the layers below it. Pure logic stays free of Astro, the browser's script free of Node, and src/
 * free of the build-only code under scripts/. Every URL is built in src/routing/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT } from './helpers/project-copy.ts';
import { LANGS, routeParam, siteFile, type FileRef, type PageRef } from '../src/routing/urls.ts';

/** Bottom to top. Pure TypeScript domains first, then the route data and the Markdown plugins. */
const LAYERS = ['routing', 'record', 'entities', 'i18n', 'page', 'search', 'catalog', 'checks', 'data', 'markdown'] as const;
/** Astro's own files and what the browser runs: they may use every layer, and no layer uses them. */
const UI = ['components', 'layouts', 'pages', 'scripts', 'styles', 'types'] as const;
/** The files directly in src/, each with its place: nothing else may sit beside the folders. */
const ROOT_FILES = {
  /** The one data model: imported by data/ only. */
  'content.config.ts': 'data model',
  /** The App.Locals type: what src/middleware.ts sets for the components. */
  'env.d.ts': 'types',
  /** Sets Astro.locals once per page; like the UI folders it may use every layer, and no layer uses it. */
  'middleware.ts': 'UI',
} as const;
/** Layers that run anywhere (build, checks, scripts, tests, the browser): no Astro. */
const PURE: readonly string[] = LAYERS.filter((layer) => layer !== 'data' && layer !== 'markdown');

interface Import {
  from: string;
  specifier: string;
  /** Project-relative path of the imported file, for relative specifiers. */
  target?: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : /\.(ts|mjs|astro)$/.test(name) ? [path] : [];
  });
}

const IMPORT = /(?:^|[\s;])(?:import|export)\s(?:[^'";]*?\sfrom\s)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const from = relative(PROJECT, file).split(sep).join('/');
  return [...text.matchAll(IMPORT)].map((match) => {
    const specifier = (match[1] ?? match[2])!;
    const target = specifier.startsWith('.')
      ? relative(PROJECT, resolve(dirname(file), specifier))
          .split(sep)
          .join('/')
      : undefined;
    return { from, specifier, ...(target ? { target } : {}) };
  });
}

const sourceImports = walk(join(PROJECT, 'src')).flatMap(importsOf);
const scriptImports = walk(join(PROJECT, 'scripts')).flatMap(importsOf);

/** "src/entities/mentions.ts" → "entities"; src/content.config.ts → "content.config.ts". */
const folderOf = (path: string): string => path.split('/')[1]!;

/** One of each page and file, with placeholder names: what the site's own path segments are read from. */
const PLACEHOLDER = 'placeholder';
const SAMPLE_PAGES: { [Kind in PageRef['kind']]: Extract<PageRef, { kind: Kind }> } = {
  home: { kind: 'home', page: 2 },
  document: { kind: 'document', slug: PLACEHOLDER },
  entities: { kind: 'entities' },
  map: { kind: 'map' },
  entity: { kind: 'entity', id: PLACEHOLDER, page: 2 },
  search: { kind: 'search' },
  pending: { kind: 'pending' },
  timeline: { kind: 'timeline' },
  notFound: { kind: 'notFound' },
  feed: { kind: 'feed' },
};
const SAMPLE_FILES: { [Kind in FileRef['kind']]: Extract<FileRef, { kind: Kind }> } = {
  entityNames: { kind: 'entityNames', lang: 'de' },
  entityCard: { kind: 'entityCard', lang: 'de', id: PLACEHOLDER },
  source: { kind: 'source', file: PLACEHOLDER },
  font: { kind: 'font', file: PLACEHOLDER },
  searchBundle: { kind: 'searchBundle', lang: 'de', file: PLACEHOLDER },
  searchParts: { kind: 'searchParts', lang: 'de' },
  favicon: { kind: 'favicon' },
  robots: { kind: 'robots' },
  sitemapIndex: { kind: 'sitemapIndex' },
};
/** Every segment of the site's paths that routing writes ("artikel", "entity-answers", "fonts", "de", "robots.txt", …). */
const SITE_SEGMENTS = [
  ...new Set(
    [
      ...LANGS.flatMap((lang) => Object.values(SAMPLE_PAGES).map((ref) => routeParam(lang, ref))),
      ...Object.values(SAMPLE_FILES).map(siteFile),
    ].flatMap((path) => path.split('/')),
  ),
].filter((segment) => segment && !segment.includes(PLACEHOLDER) && !/^\d+$/.test(segment));

/** The base path, read or joined: only src/routing/ does either. */
const BASE_USE = /\bwithBase\(|\bBASE_PATH\b|\bBASE_URL\b/g;

/** String and template literals of a source file, comments left out. */
function stringLiterals(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\w])\/\/.*$/gm, '$1');
  return [...code.matchAll(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g)].map(([literal]) => literal);
}

/**
 * Whether a literal writes a path of the site: one of its segments beside a slash ("sources/", "/de/"), or
 * one of its file names. Module specifiers and paths of the project's own folders ("content/sources/x.txt") are files, not URLs.
 */
function writesSitePath(literal: string): boolean {
  if (/^.\.\.?\//.test(literal)) return false; // a module specifier ("../page/x.ts")
  const text = literal.slice(1, -1).replace(/\b(?:content|src|scripts|tests|public|node_modules)\/[^\s'"`]*/g, '');
  return SITE_SEGMENTS.some(
    (segment) =>
      (segment.includes('.') && text.includes(segment)) ||
      (new RegExp(`(?:^|/)${segment.replace(/[.]/g, '\\.')}(?:/|$)`).test(text.replace(/\$\{[^}]*\}/g, '/')) && text.includes('/')),
  );
}

describe('architecture', () => {
  it('reads imports from every source file (the test sees what it checks)', () => {
    expect(sourceImports.length).toBeGreaterThan(200);
    const importing = new Set(sourceImports.map((edge) => folderOf(edge.from)));
    expect(LAYERS.filter((layer) => !importing.has(layer))).toEqual([]);
  });

  it('every folder of src/ has its place in the layers', () => {
    const folders = readdirSync(join(PROJECT, 'src')).filter((name) => statSync(join(PROJECT, 'src', name)).isDirectory());
    expect(
      folders.filter((folder) => !(LAYERS as readonly string[]).includes(folder) && !(UI as readonly string[]).includes(folder)),
    ).toEqual([]);
  });

  it('a layer imports only from itself and the layers below it', () => {
    const upward = sourceImports
      .filter((edge) => edge.target?.startsWith('src/') && (LAYERS as readonly string[]).includes(folderOf(edge.from)))
      .filter((edge) => {
        const to = folderOf(edge.target!);
        const rank = (folder: string): number => (LAYERS as readonly string[]).indexOf(folder);
        return rank(to) === -1 ? to !== 'content.config.ts' || folderOf(edge.from) !== 'data' : rank(to) > rank(folderOf(edge.from));
      })
      .map((edge) => `${edge.from} → ${edge.target}`);
    expect(upward).toEqual([]);
  });

  it('pure layers use no Astro but its Zod: they run in scripts, checks, tests and the browser', () => {
    // astro/zod is a re-export of plain Zod 4: the schemas' one definition, usable anywhere.
    const usesAstro = (specifier: string): boolean =>
      specifier !== 'astro/zod' && (/^astro($|[:/])/.test(specifier) || specifier.endsWith('.astro'));
    const astro = sourceImports
      .filter((edge) => PURE.includes(folderOf(edge.from)))
      .filter((edge) => usesAstro(edge.specifier))
      .map((edge) => `${edge.from} → ${edge.specifier}`);
    expect(astro).toEqual([]);
  });

  it('src/ never imports the build-only scripts/ or the tests', () => {
    const outward = sourceImports
      .filter((edge) => edge.target && !edge.target.startsWith('src/'))
      .map((edge) => `${edge.from} → ${edge.target}`);
    expect(outward).toEqual([]);
  });

  it('scripts/ use only the pure layers of src/, never pages, components or route data', () => {
    const intoAstro = scriptImports
      .filter((edge) => edge.target?.startsWith('src/') && !PURE.includes(folderOf(edge.target)))
      .map((edge) => `${edge.from} → ${edge.target}`);
    expect(scriptImports.some((edge) => edge.target?.startsWith('src/'))).toBe(true);
    expect(intoAstro).toEqual([]);
  });

  it("the browser's script reaches no Node module, however deep", () => {
    const seen = new Set<string>();
    const nodeModules: string[] = [];
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const edge of importsOf(join(PROJECT, file))) {
        if (edge.specifier.startsWith('node:')) nodeModules.push(`${file} → ${edge.specifier}`);
        if (edge.target) visit(edge.target);
      }
    };
    const entries = readdirSync(join(PROJECT, 'src/scripts')).map((name) => `src/scripts/${name}`);
    entries.forEach(visit);
    expect(seen.size).toBeGreaterThan(entries.length);
    expect(nodeModules).toEqual([]);
  });
  it('every file directly in src/ has its place', () => {
    const files = readdirSync(join(PROJECT, 'src')).filter((name) => statSync(join(PROJECT, 'src', name)).isFile());
    expect(files.filter((file) => !(file in ROOT_FILES))).toEqual([]);
    const intoRoot = sourceImports
      .filter((edge) => edge.target && edge.target.split('/').length === 2 && edge.target !== 'src/content.config.ts')
      .map((edge) => `${edge.from} → ${edge.target}`);
    expect(intoRoot).toEqual([]);
  });

  it('URLs are built only in src/routing/: no other module of src/ or scripts/ touches the base path, none of src/ writes a path of the site', () => {
    const files = [...walk(join(PROJECT, 'src')), ...walk(join(PROJECT, 'scripts'))]
      .map((file) => relative(PROJECT, file).split(sep).join('/'))
      .filter((file) => !file.startsWith('src/routing/'));
    const baseUse = files.flatMap((file) =>
      [...readFileSync(join(PROJECT, file), 'utf8').matchAll(BASE_USE)].map((match) => `${file}: ${match[0]}`),
    );
    const pathLiterals = files
      .filter((file) => file.startsWith('src/'))
      .flatMap((file) => stringLiterals(readFileSync(join(PROJECT, file), 'utf8')).map((literal) => ({ file, literal })))
      .filter(({ literal }) => writesSitePath(literal))
      .map(({ file, literal }) => `${file}: ${literal}`);
    expect(SITE_SEGMENTS.length).toBeGreaterThan(20);
    expect([...baseUse, ...pathLiterals]).toEqual([]);
  });

  it("no module of src/ reads import.meta's env object whole: Astro would write the shell's variables into it, and a shard's incremental build would render every page again when they differ", () => {
    // Astro's own test (astro/dist/env/vite-plugin-import-meta-env.js): the object not followed by a property.
    const whole = /\bimport\.meta\.env\b(?!\.)/;
    const files = walk(join(PROJECT, 'src')).map((file) => relative(PROJECT, file).split(sep).join('/'));
    expect(files.filter((file) => readFileSync(join(PROJECT, file), 'utf8').includes('import.meta.env.')).length).toBeGreaterThan(0);
    expect(files.filter((file) => whole.test(readFileSync(join(PROJECT, file), 'utf8')))).toEqual([]);
  });
});
