/**
 * Reads YAML – a data file or a frontmatter block – against a collection's schema, outside Astro: the
 * validated data the collection holds, or problems naming the file, the line, the field and the fix.
 */
import type { z } from 'astro/zod';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { Problem } from './problems.ts';

/** Fixes for the issues a schema leaves without a message of its own. */
const fallbackMessage: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'unrecognized_keys') return 'not a field here; remove it or correct its spelling';
  if (issue.code === 'invalid_type' && issue.input === undefined) return `missing; add it (${issue.expected})`;
  if (issue.code === 'invalid_type') return `write a ${issue.expected} here`;
  return undefined;
};

/** The line of the deepest node on `path` that the document has (the field, else its parent). */
function lineOf(document: Document, lines: LineCounter, path: readonly PropertyKey[]): number | undefined {
  for (let length = path.length; length >= 0; length -= 1) {
    const node = length ? document.getIn(path.slice(0, length), true) : document.contents;
    const offset = (node as { range?: [number, number, number] } | null | undefined)?.range?.[0];
    if (offset !== undefined) return lines.linePos(offset).line;
  }
  return undefined;
}

/**
 * The data of `text` as `schema` reads it, or undefined after adding its problems. `firstLine` is the
 * file line the text starts on (2 for a frontmatter block), so that lines point into the file.
 */
export function readYaml<Schema extends z.ZodType>(
  file: string,
  text: string,
  schema: Schema,
  problems: Problem[],
  firstLine = 1,
): z.output<Schema> | undefined {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines });
  const at = (line: number | undefined) => (line === undefined ? {} : { line: line + firstLine - 1 });
  const [error] = document.errors;
  if (error) {
    problems.push({ file, ...at(error.linePos?.[0].line), message: `not valid YAML: ${error.message.split('\n')[0]}` });
    return undefined;
  }
  const result = schema.safeParse(document.toJS() ?? {}, { error: fallbackMessage });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    // An unknown field is reported at its own path, one problem per field.
    const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
    for (const path of paths) {
      problems.push({
        file,
        ...at(lineOf(document, lines, path)),
        message: path.length ? `field "${path.map(String).join('.')}": ${issue.message}` : issue.message,
      });
    }
  }
  return undefined;
}

/** A content file's frontmatter as its schema reads it, and the body after the block. */
export interface Frontmatter<Data> {
  data: Data;
  body: string;
  /** The file line the body starts on. */
  bodyLine: number;
}

/** The frontmatter block of an MDX file read with `schema` (lines counted in the file), or undefined after adding its problems. */
export function readFrontmatter<Schema extends z.ZodType>(
  file: string,
  text: string,
  schema: Schema,
  problems: Problem[],
): Frontmatter<z.output<Schema>> | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) {
    problems.push({ file, line: 1, message: 'no frontmatter: the file must start with a --- block' });
    return undefined;
  }
  const data = readYaml(file, match[1]!, schema, problems, 2);
  return data === undefined ? undefined : { data, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}
