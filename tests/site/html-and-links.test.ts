/** Every built page is valid HTML, and every internal link and fragment resolves. */
import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages, fileForUrl, loadPage } from '../helpers/dist.ts';
import { PROJECT } from '../helpers/project-copy.ts';

const pages = builtPages();
const validator = new HtmlValidate(JSON.parse(readFileSync(`${PROJECT}/.htmlvalidate.json`, 'utf8')));

describe('valid HTML', () => {
  it.each(pages)('%s passes html-validate', async (url) => {
    const report = await validator.validateString(readFileSync(fileForUrl(url)!, 'utf8'), url);
    const errors = report.results.flatMap((result) => result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`));
    expect(errors).toEqual([]);
  });
});

describe('internal links', () => {
  it.each(pages)('%s: every href/src resolves to a file, every #fragment to an id', (url) => {
    const $ = loadPage(url);
    const broken: string[] = [];
    $('[href], [src]').each((_, element) => {
      const value = $(element).attr('href') ?? $(element).attr('src')!;
      if (/^(?:[a-z]+:|\/\/)/i.test(value) && !value.startsWith(`${'https://msft-openai.example.org'}/`)) return;
      const target = new URL(value, `https://msft-openai.example.org${url}`);
      if (target.origin !== 'https://msft-openai.example.org') return;
      const path = target.pathname;
      if (!fileForUrl(path)) {
        broken.push(`${value} (no file for ${path})`);
        return;
      }
      const fragment = decodeURIComponent(target.hash.slice(1)).split(':~:')[0]!;
      if (fragment && path.endsWith('/')) {
        const $target = path === url ? $ : loadPage(path);
        if ($target(`[id="${fragment.replace(/"/g, '\\"')}"]`).length === 0) broken.push(`${value} (no element with id "${fragment}")`);
      }
    });
    expect(broken, `broken links on ${url}`).toEqual([]);
  });
});
