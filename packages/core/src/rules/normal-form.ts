/**
 * Whether the built-in tables' phrases are in the engine's normal form (see `compileBuiltIn`). Not in the
 * sources, where phrases are written as servers write them; the build (build/strip-evidence.mjs) ships
 * them normalised and this module as `true`, so that a cold process interns them without normalising.
 */
export const PHRASES_IN_NORMAL_FORM: boolean = false;
