import { readFileSync } from 'node:fs';
import { prepareImport } from './src/record/import-article.ts';
for (const f of process.argv.slice(2)) {
  const p = prepareImport(readFileSync(f), f.split('/').pop()!, {});
  console.log('==', f); for (const b of p.blocks.slice(-5)) console.log(JSON.stringify(b).slice(0, 300));
}
