// Types of build.mjs.
export function bundledContent(contentDir?: string): {
  countries: Record<string, { en?: string; es?: string }>;
  articles: Record<string, { en?: string; es?: string }>;
};
export function buildPlugin(): string;
