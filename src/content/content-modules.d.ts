/**
 * A file of `content/` imported from code: the build plugin checks it against its kind's schema
 * and compiles it to data, typed at the import site by the matching type of `kinds.ts`.
 */
declare module '*.md' {
  const compiled: unknown;
  export default compiled;
}
