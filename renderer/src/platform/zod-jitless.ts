import { config } from 'zod/mini'

/**
 * Bastion runs under Trusted Types (`require-trusted-types-for 'script'`, platform/trusted-types.ts).
 * zod compiles fast object parsers with `new Function` and, the first time a schema is built,
 * probes whether it may: under the policy the probe is refused and reported as a
 * `securitypolicyviolation` (and in the console) even though zod catches it. Jitless, zod parses
 * with its interpreter and never probes. main.tsx imports this module first, before any module
 * that builds a schema; the workers do not use zod.
 */
config({ jitless: true })
