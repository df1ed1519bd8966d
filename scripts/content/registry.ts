/**
 * The content registries, generated at build time: `stall-content/<kind>` lists every
 * file of `content/<kind>/` by id and language, `stall-content/<kind>/<id>` one id's
 * languages. A new file needs no code change; a new kind needs only its compiler in
 * src/content/kinds.ts (and, if its files load unlike the default, a line in LOADING below).
 *
 * A practice's own folder (`stall-elements build --content <dir>`) is laid out the same way,
 * `<dir>/<kind>/<id>.<lang>.md`: a file with the id and language of a bundled one replaces it,
 * a new id adds one.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { LANGUAGES } from '../../src/content/kinds.js';

export const VIRTUAL_PREFIX = 'stall-content/';

/**
 * Which languages of a kind are in the importing chunk (`eager`), and which are lazy chunks of
 * their own, fetched from beside the bundle only when a page asks for them.
 * - all: crisis lines and interface words; crisis help never waits for a request. With
 *   `lazyLanguages` (the drop-in bundle), these too keep only English in the importing chunk: a page
 *   that speaks another language fetches it before its components are defined
 *   (src/shared/language-packs.ts, src/autoload.ts).
 * - en: English in the bundle, other languages lazy (the default for a kind not listed).
 * - none: every language lazy, a chunk per file (articles: a page loads the one it shows).
 */
export const LOADING: Record<string, 'all' | 'en' | 'none'> = { crisis: 'all', ui: 'all', articles: 'none' };

const FILE_NAME = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.([a-z]{2})\.md$/;

/** One content file found on disk: its kind, id, language and absolute path. */
export interface ContentFile {
  kind: string;
  id: string;
  lang: string;
  file: string;
}

/** The `<kind>/<id>.<lang>.md` files under `dir` (others, such as a README, are left out). */
export function contentFilesIn(dir: string): ContentFile[] {
  if (!existsSync(dir)) return [];
  const files: ContentFile[] = [];
  for (const kind of readdirSync(dir).sort()) {
    const kindDir = path.join(dir, kind);
    if (!statSync(kindDir).isDirectory()) continue;
    for (const name of readdirSync(kindDir).sort()) {
      const match = FILE_NAME.exec(name);
      if (match) files.push({ kind, id: match[1], lang: match[2], file: path.join(kindDir, name) });
    }
  }
  return files;
}

/** The bundled files with a practice's files laid over them: same kind, id and language replaces. */
export function mergedContent(contentDir: string, practiceDir?: string): ContentFile[] {
  const byKey = new Map<string, ContentFile>();
  for (const file of [...contentFilesIn(contentDir), ...(practiceDir ? contentFilesIn(practiceDir) : [])]) {
    byKey.set(`${file.kind}/${file.id}.${file.lang}`, file);
  }
  return [...byKey.values()];
}

/** What `stall-content/<kind>[/<id>]` names, or undefined for another module. */
export function parseRegistryId(id: string): { kind: string; id?: string } | undefined {
  if (!id.startsWith(VIRTUAL_PREFIX)) return undefined;
  const [kind, one, ...rest] = id.slice(VIRTUAL_PREFIX.length).split('/');
  return kind && !rest.length ? { kind, id: one } : undefined;
}

/**
 * The module's code: `export default { <id>: { en: () => data, es: () => import(…) } }` (the
 * registry of a kind) or `export default { en: …, es: … }` (one id). Every language the library
 * speaks is present: a language with no file of its own falls back to the English one.
 */
export function registryModule(files: ContentFile[], kind: string, onlyId?: string, { lazyLanguages = false, eager = false } = {}): string {
  const declared = LOADING[kind] ?? 'en';
  // Eager (prerendering in Node): every file at once, so a component renders its content
  // synchronously. Lazy languages (the drop-in bundle): only English of what is otherwise all at once.
  const loading = eager ? 'all' : lazyLanguages && declared === 'all' ? 'en' : declared;
  const chosen = files.filter((file) => file.kind === kind && (onlyId === undefined || file.id === onlyId));
  const imports: string[] = [];
  const loader = (file: ContentFile) => {
    const specifier = JSON.stringify(file.file);
    if (loading === 'all' || (loading === 'en' && file.lang === 'en')) {
      const name = `c${imports.length}`;
      imports.push(`import ${name} from ${specifier};`);
      return `() => ${name}`;
    }
    // Marked, so that src/shared/language-packs.ts can tell a fetch from a value at hand without calling it.
    return `Object.assign(() => import(${specifier}).then((module) => module.default), { lazy: true })`;
  };
  const languagesOf = (id: string) => {
    const own = new Map(chosen.filter((file) => file.id === id).map((file) => [file.lang, file]));
    const fallback = own.get('en') ?? [...own.values()][0];
    const entries = LANGUAGES.map((lang) => `${JSON.stringify(lang)}: ${loader(own.get(lang) ?? fallback)}`);
    return `{ ${entries.join(', ')} }`;
  };
  const ids = [...new Set(chosen.map((file) => file.id))];
  const body =
    onlyId === undefined
      ? `{\n${ids.map((id) => `  ${JSON.stringify(id)}: ${languagesOf(id)},`).join('\n')}\n}`
      : ids.length
        ? languagesOf(onlyId)
        : 'undefined';
  return `${imports.join('\n')}\nexport default ${body};\n`;
}
