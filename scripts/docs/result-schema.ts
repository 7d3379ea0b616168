/**
 * The zod schema of `classify`'s result lives with the library (`src/render/result-schema.ts`,
 * where `explain` checks its input with it); the JSON Schema generator and the docs tests
 * import it from here.
 */
export { citationSchema, classificationSchema, evidenceSchema, schemaFitsType, typeFitsSchema } from '../../src/render/result-schema.js';
