#!/usr/bin/env node
// the `parley` bin: runs the TypeScript CLI through tsx, so `npx parley` needs no build step
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

// the repo's tsconfig, whatever directory parley is started from
register({ tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)) });
await import('./main.ts');
