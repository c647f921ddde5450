// The built @bounced/core, by path: the root package does not depend on it, and the benchmark must
// time exactly what is published (dist/), not the TypeScript source.
export * from "../packages/core/dist/index.js";
