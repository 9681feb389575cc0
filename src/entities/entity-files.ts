/**
 * Entity files (content/entities/<id>.yaml) as the Markdown plugin, the content check and the data
 * layer all read them: the one place that knows ids, name forms per language and the rules they obey.
 */
import { parse } from 'yaml';
import { LANGS, type Lang } from '../routing/urls.ts';
import { createMentionMatcher, DuplicateAliasError, type EntityForms } from './mentions.ts';
import type { Problem } from '../record/problems.ts';
import { SLUG_PATTERN } from '../record/slug.ts';

/** What an entity file says about names and relations; the full schema is the entities collection's. */
export interface EntityNames {
  id: string;
  /** Repository-relative path, for messages: "content/entities/sam-altman.yaml". */
  file: string;
  name: Partial<Record<Lang, string>>;
  aliases: Partial<Record<Lang, string[]>>;
  relations: { to: string }[];
}

export const entityFile = (id: string): string => `content/entities/${id}.yaml`;

/** The id a file name gives ("sam-altman.yaml" → "sam-altman"). */
export function entityIdOf(fileName: string): string {
  return fileName.replace(/^.*\//, '').replace(/\.ya?ml$/i, '');
}

/** File names that cannot be ids, and two files giving the same id. */
export function checkEntityFileNames(fileNames: string[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const name of [...fileNames].sort()) {
    const file = `content/entities/${name}`;
    const id = entityIdOf(name);
    const clash = seen.get(id.toLowerCase());
    if (clash)
      problems.push({
        file,
        message: `content/entities/${clash} and ${file} give the same entity id "${id.toLowerCase()}"; merge them into one file`,
      });
    seen.set(id.toLowerCase(), name);
    if (!name.endsWith('.yaml') || !SLUG_PATTERN.test(id)) {
      problems.push({
        file,
        message: 'the file name is the entity id; name it in lowercase letters, digits and hyphens with .yaml, e.g. sam-altman.yaml',
      });
    }
  }
  return problems;
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** Names, aliases and relation targets of one entity file's text; a YAML error is a problem, not a throw. */
export function parseEntityFile(file: string, text: string): EntityNames | Problem {
  let data: Record<string, unknown>;
  try {
    data = (parse(text) as Record<string, unknown> | null) ?? {};
  } catch (error) {
    return { file, message: `not valid YAML: ${(error as Error).message.split('\n')[0]}` };
  }
  const byLang = (value: unknown) => (value && typeof value === 'object' ? (value as Record<string, unknown>) : {});
  const name = byLang(data['name']);
  const aliases = byLang(data['aliases']);
  const relations = Array.isArray(data['relations']) ? (data['relations'] as { to?: unknown }[]) : [];
  return {
    id: entityIdOf(file),
    file,
    name: Object.fromEntries(LANGS.flatMap((lang) => (typeof name[lang] === 'string' ? [[lang, name[lang]]] : []))),
    aliases: Object.fromEntries(LANGS.map((lang) => [lang, strings(aliases[lang])])),
    relations: relations.map((relation) => ({ to: typeof relation?.to === 'string' ? relation.to : String(relation?.to) })),
  };
}

export function isProblem(value: EntityNames | Problem): value is Problem {
  return 'message' in value;
}

/** Display name and aliases of every entity in one language: what the mention matcher matches. */
export function entityForms(entities: Pick<EntityNames, 'id' | 'file' | 'name' | 'aliases'>[], lang: Lang): EntityForms[] {
  return entities.map((entity) => ({
    id: entity.id,
    file: entity.file,
    forms: [entity.name[lang], ...(entity.aliases[lang] ?? [])].filter(
      (form): form is string => typeof form === 'string' && form.trim() !== '',
    ),
  }));
}

/** Relations to entities that do not exist, and aliases that two entities claim. */
export function checkEntities(entities: EntityNames[], text: (file: string) => string = () => ''): Problem[] {
  const ids = new Set(entities.map((entity) => entity.id));
  const problems: Problem[] = [];
  for (const entity of entities) {
    for (const relation of entity.relations) {
      if (ids.has(relation.to)) continue;
      const line =
        text(entity.file)
          .split('\n')
          .findIndex((candidate) => candidate.includes(`to: ${relation.to}`)) + 1;
      problems.push({
        file: entity.file,
        ...(line > 0 ? { line } : {}),
        message: `field "relations": there is no entity "${relation.to}"; use the file name of an entity in content/entities/`,
      });
    }
  }
  for (const lang of LANGS) {
    try {
      createMentionMatcher(entityForms(entities, lang));
    } catch (error) {
      if (!(error instanceof DuplicateAliasError)) throw error;
      problems.push({ file: 'content/entities/', message: `${lang}: ${error.message}` });
    }
  }
  return problems;
}
