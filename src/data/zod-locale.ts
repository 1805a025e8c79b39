import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// zod/mini ships without messages ("Invalid input" for everything); data issues carry english ones for logs and
// the CLI. full zod, where the engine loads it, sets the same locale, so messages do not change when it arrives
z.config(en());
