// Fails when src/generated/graphql.ts is not what `npm run codegen` makes from ../../schema.graphql
// and src/operations today, so the committed types never drift from the committed SDL.
import { readFile } from 'node:fs/promises';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';

const { config } = await loadCodegenConfig({ configFilePath: 'codegen.yml' });
const outputs = await generate({ ...config, silent: true }, false);
let stale = 0;
for (const output of outputs) {
  const committed = await readFile(output.filename, 'utf8').catch(() => '');
  if (committed !== output.content) {
    console.error(`${output.filename} is out of date with the schema or the operations: run "npm run codegen" and commit it.`);
    stale++;
  }
}
if (stale === 0) console.log('Generated types match schema.graphql.');
process.exit(stale === 0 ? 0 : 1);
