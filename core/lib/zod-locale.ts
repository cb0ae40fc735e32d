import * as z from 'zod/mini';

// zod/mini ships without messages; English ones make every validation error name what was wrong.
z.config(z.locales.en());
