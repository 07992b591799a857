import { z } from "zod";

/**
 * zod 4 compiles object parsers with `new Function` when it may; merely probing for that makes the browser
 * report a CSP violation (our policy has no 'unsafe-eval', see lib/security/headers.ts). Interpreted
 * parsing is fast enough for forms. zod decides when a schema is built, so every schema module that can
 * run in the browser imports this first, for its effect.
 */
z.config({ jitless: true });
