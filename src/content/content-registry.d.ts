/**
 * The content registries generated at build time by scripts/content/registry.ts: every file of
 * `content/<kind>/` by id, each language a function giving its compiled data, at once for a
 * language in the bundle, as a promise for a lazy chunk. A language with no file of its own gives
 * the English one.
 */
type StallContentLoaders<T> = Record<import('../shared/locale.js').Language, () => T>;
type StallContentRegistry<T> = Record<string, StallContentLoaders<T>>;

declare module 'stall-content/crisis' {
  const registry: StallContentRegistry<import('./kinds.js').Crisis>;
  export default registry;
}
/** Each country's complaint routes, split off its crisis file (null where it lists none): only the decision helper loads them. */
declare module 'stall-content/crisis?complaints' {
  const registry: StallContentRegistry<import('./kinds.js').CrisisComplaints | null>;
  export default registry;
}
declare module 'stall-content/checklists' {
  const registry: StallContentRegistry<import('./kinds.js').Checklist | Promise<import('./kinds.js').Checklist>>;
  export default registry;
}
declare module 'stall-content/decisions' {
  const registry: StallContentRegistry<import('./kinds.js').Decision | Promise<import('./kinds.js').Decision>>;
  export default registry;
}
declare module 'stall-content/articles' {
  const registry: StallContentRegistry<Promise<import('./kinds.js').Article>>;
  export default registry;
}
/** One component's interface words: `stall-content/ui/<component>`. */
declare module 'stall-content/ui/*' {
  const strings: StallContentLoaders<unknown>;
  export default strings;
}
/** Any other kind (a kind added later): its registry, typed at the import site. */
declare module 'stall-content/*' {
  const registry: StallContentRegistry<unknown>;
  export default registry;
}
