/**
 * The direction of imports: the folders of src/ form layers, and a module imports only from its own layer
 * or the layers below it. Pure logic stays free of Astro, the browser's script free of Node, and src/
 * free of the build-only code under scripts/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT } from './helpers/project-copy.ts';

/** Bottom to top. Pure TypeScript domains first, then the route data and the Markdown plugins. */
const LAYERS = ['routing', 'record', 'entities', 'i18n', 'page', 'search', 'checks', 'data', 'markdown'] as const;
/** Astro's own files and what the browser runs: they may use every layer, and no layer uses them. */
const UI = ['components', 'layouts', 'pages', 'scripts', 'styles', 'types'] as const;
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

  it('pure layers use no Astro: they run in scripts, checks, tests and the browser', () => {
    const astro = sourceImports
      .filter((edge) => PURE.includes(folderOf(edge.from)))
      .filter((edge) => edge.specifier === 'astro' || edge.specifier.startsWith('astro:') || edge.specifier.endsWith('.astro'))
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
});
