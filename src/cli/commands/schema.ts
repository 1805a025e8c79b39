import type { Command } from 'commander';
import { scenarioJsonSchema } from '../../engine/scenario/json-schema.ts';
import { exitOnBrokenPipe } from '../scenario/output.ts';

const DESCRIPTION = `Print the JSON Schema (draft 2020-12) of scenario files, generated from the same zod schema the parser validates with, so editors can complete field names and flag mistakes while you type.

With the YAML language server (the VS Code "YAML" extension, Neovim's yamlls, …), save the schema next to your scenarios and put this comment on the first line of a scenario file:
  # yaml-language-server: $schema=./scenario.schema.json

'parley lint' leaves *.schema.json files out when it searches a folder. The schema checks the shape of a file only; references between beats and ends and the graph checks are done by 'parley lint'.`;

const EXAMPLES = `
Examples:
  $ parley schema > scenarios/scenario.schema.json
  $ parley schema | jq '.$defs | keys'

Exit status: 0.`;

export function registerSchemaCommand(program: Command): void {
  program
    .command('schema')
    .summary('print the JSON Schema of scenario files, for editors')
    .description(DESCRIPTION)
    .addHelpText('after', EXAMPLES)
    .action(() => {
      exitOnBrokenPipe();
      console.log(JSON.stringify(scenarioJsonSchema(), null, 2));
    });
}
