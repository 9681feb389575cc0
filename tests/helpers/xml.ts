/**
 * A strict XML well-formedness check for feeds and sitemaps: what a namespace-aware parser (a feed reader,
 * a search engine) refuses, this reports. cheerio's xmlMode forgives too much to serve as the check.
 */

const NAME = String.raw`[\p{L}_][\p{L}\p{N}_.:-]*`;
const START_TAG = new RegExp(String.raw`^<(${NAME})((?:\s+${NAME}\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(/?)>`, 'u');
const ATTRIBUTE = new RegExp(String.raw`(${NAME})\s*=\s*(?:"([^"]*)"|'([^']*)')`, 'gu');
const END_TAG = new RegExp(String.raw`^</(${NAME})\s*>`, 'u');
const REFERENCE = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);)/;
const FORBIDDEN_CHARACTER = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;

interface Open {
  name: string;
  prefixes: Set<string>;
}

/** Every well-formedness error in the text, with its offset; empty when the document is well-formed. */
export function xmlErrors(xml: string): string[] {
  const errors: string[] = [];
  const stack: Open[] = [];
  let roots = 0;
  let position = 0;
  const fail = (message: string) => errors.push(`offset ${position}: ${message}`);

  const forbidden = FORBIDDEN_CHARACTER.exec(xml);
  if (forbidden) errors.push(`offset ${forbidden.index}: character U+${forbidden[0].charCodeAt(0).toString(16)} is not allowed in XML`);
  const declaration = /^<\?xml\s[^?]*\?>/.exec(xml);
  if (declaration) position = declaration[0].length;
  else if (xml.includes('<?xml ')) fail('the XML declaration must come first');

  while (position < xml.length && errors.length < 20) {
    const rest = xml.slice(position);
    if (!rest.startsWith('<')) {
      const text = rest.slice(0, rest.indexOf('<') >= 0 ? rest.indexOf('<') : undefined);
      if (stack.length === 0 && text.trim() !== '') fail(`text outside the root element: "${text.trim().slice(0, 40)}"`);
      if (REFERENCE.test(text)) fail(`"&" that starts no entity reference in "${text.slice(0, 60)}"`);
      if (text.includes(']]>')) fail('"]]>" in text');
      position += text.length;
      continue;
    }
    if (rest.startsWith('<!--')) {
      const end = rest.indexOf('-->');
      if (end < 0 || rest.slice(4, end).includes('--')) return [...errors, `offset ${position}: malformed comment`];
      position += end + 3;
      continue;
    }
    if (rest.startsWith('<![CDATA[')) {
      const end = rest.indexOf(']]>');
      if (end < 0 || stack.length === 0) return [...errors, `offset ${position}: CDATA section unclosed or outside the root`];
      position += end + 3;
      continue;
    }
    if (rest.startsWith('<?')) {
      const end = rest.indexOf('?>');
      if (end < 0 || /^<\?xml\s/i.test(rest)) return [...errors, `offset ${position}: malformed or misplaced processing instruction`];
      position += end + 2;
      continue;
    }
    const end = END_TAG.exec(rest);
    if (end) {
      const open = stack.pop();
      if (open?.name !== end[1]) fail(`</${end[1]}> closes ${open ? `<${open.name}>` : 'nothing'}`);
      position += end[0].length;
      continue;
    }
    const start = START_TAG.exec(rest);
    if (!start) return [...errors, `offset ${position}: not a tag: "${rest.slice(0, 40)}"`];
    const [tag, name = '', attributeText = '', selfClosing] = start;
    if (stack.length === 0 && ++roots > 1) fail(`second root element <${name}>`);
    const prefixes = new Set(stack.at(-1)?.prefixes ?? ['xml']);
    const seen = new Set<string>();
    const qualified: string[] = [name];
    for (const [, attribute = '', double, single] of attributeText.matchAll(ATTRIBUTE)) {
      const value = double ?? single ?? '';
      if (seen.has(attribute)) fail(`<${name}> repeats attribute ${attribute}`);
      seen.add(attribute);
      if (value.includes('<')) fail(`"<" in attribute ${attribute} of <${name}>`);
      if (REFERENCE.test(value)) fail(`"&" that starts no entity reference in attribute ${attribute} of <${name}>`);
      if (attribute.startsWith('xmlns:')) prefixes.add(attribute.slice(6));
      else if (attribute !== 'xmlns') qualified.push(attribute);
    }
    for (const qualifiedName of qualified) {
      const prefix = qualifiedName.includes(':') ? qualifiedName.split(':')[0]! : undefined;
      if (prefix !== undefined && !prefixes.has(prefix)) fail(`namespace prefix "${prefix}" of ${qualifiedName} is not declared`);
    }
    if (!selfClosing) stack.push({ name, prefixes });
    position += tag.length;
  }
  for (const open of stack.reverse()) errors.push(`<${open.name}> is never closed`);
  if (roots === 0) errors.push('no root element');
  return errors;
}
