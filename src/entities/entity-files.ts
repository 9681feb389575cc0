/**
 * Entity files (content/entities/<id>.yaml) as the Markdown plugin, the content check, the data layer
 * and the search scripts read them: ids from file names, data through the collection's schema, and the
 * rules the files obey together (relations to existing entities, each alias claimed once).
 */
import { LANGS, type Lang } from '../routing/urls.ts';
import { ENTITY_SCHEMA, type EntityEntry } from './entity-schema.ts';
import { createMentionMatcher, DuplicateAliasError, type MentionMatcher } from './mentions.ts';
import { entityForms } from './names.ts';
import { readContentFolder } from '../record/content-files.ts';
import type { Problem } from '../record/problems.ts';
import { SLUG_PATTERN } from '../record/slug.ts';
import { readYaml } from '../record/yaml-reader.ts';

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

/**
 * Every entity file of `files` (repository-relative path → text, as readContentFolder gives them) read
 * with the entities collection's schema, and every problem of the files alone and together.
 */
export function readEntityFiles(files: ReadonlyMap<string, string>): { entities: EntityEntry[]; problems: Problem[] } {
  const problems = checkEntityFileNames([...files.keys()].map((file) => file.replace(/^.*\//, '')));
  const entities: EntityEntry[] = [];
  for (const [file, text] of files) {
    const data = readYaml(file, text, ENTITY_SCHEMA, problems);
    if (data) entities.push({ id: entityIdOf(file), data });
  }
  // A file the schema refuses is reported above; relations to it are not reported again.
  const ids = new Set([...files.keys()].map(entityIdOf));
  problems.push(...checkEntities(entities, { ids, text: (file) => files.get(file) ?? '' }));
  return { entities, problems };
}

/** Every entity file in `contentDir`/entities/, read as readEntityFiles reads them. */
export function readEntityFolder(contentDir: string): { entities: EntityEntry[]; problems: Problem[] } {
  return readEntityFiles(readContentFolder(contentDir, 'entities', /\.ya?ml$/i));
}

/** Matches mentions of `entities` in text of `lang`: each entity's display name and aliases in that language. */
export function mentionMatcher(entities: readonly EntityEntry[], lang: Lang): MentionMatcher {
  return createMentionMatcher(entities.map(({ id, data }) => ({ id, file: entityFile(id), forms: entityForms(data, [lang]) })));
}

/**
 * Relations to entities that do not exist (among `ids`, by default the entities' own), and aliases that
 * two entities claim; `text` gives a file's text, for the line of a relation.
 */
export function checkEntities(
  entities: readonly EntityEntry[],
  {
    ids = new Set(entities.map((entity) => entity.id)),
    text = () => '',
  }: { ids?: ReadonlySet<string>; text?: (file: string) => string } = {},
): Problem[] {
  const problems: Problem[] = [];
  for (const { id, data } of entities) {
    const file = entityFile(id);
    for (const { to } of data.relations) {
      if (ids.has(to.id)) continue;
      const line =
        text(file)
          .split('\n')
          .findIndex((candidate) => candidate.includes(`to: ${to.id}`)) + 1;
      problems.push({
        file,
        ...(line > 0 ? { line } : {}),
        message: `field "relations": there is no entity "${to.id}"; use the file name of an entity in content/entities/`,
      });
    }
  }
  for (const lang of LANGS) {
    try {
      mentionMatcher(entities, lang);
    } catch (error) {
      if (!(error instanceof DuplicateAliasError)) throw error;
      problems.push({ file: 'content/entities/', message: `${lang}: ${error.message}` });
    }
  }
  return problems;
}
