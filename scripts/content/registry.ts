/**
 * The content registries, generated at build time: `stall-content/<kind>` lists every
 * file of `content/<kind>/` by id and language, `stall-content/<kind>/<id>` one id's
 * languages. A new file needs no code change; a new kind needs only its compiler in
 * src/content/kinds.ts (and, if its files load unlike the default, a line in LOADING below).
 * `stall-content/<kind>?<part>` is the same registry of one part that the build splits off each
 * file (scripts/content/run-time.ts): `stall-content/crisis?complaints`, each country's complaint
 * routes, which only the decision helper imports; its languages load as the kind's do, each
 * language one module for every file (`stall-content/crisis?complaints&lang=es`).
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

/** What a registry id names: a kind's files, one id's, or one part of them (all languages, or one). */
export interface RegistryId {
  kind: string;
  id?: string;
  part?: string;
  lang?: string;
}

/**
 * What `stall-content/<kind>[/<id>][?<part>[&lang=<lang>]]` names, or undefined for another
 * module. `?<part>` is the registry of a part split off each file, `&lang=` the module that holds
 * that part of every file in one language.
 */
export function parseRegistryId(id: string): RegistryId | undefined {
  if (!id.startsWith(VIRTUAL_PREFIX)) return undefined;
  const [name, query, ...more] = id.slice(VIRTUAL_PREFIX.length).split('?');
  const [kind, one, ...rest] = name.split('/');
  if (!kind || rest.length || more.length) return undefined;
  const wanted: RegistryId = { kind, ...(one === undefined ? {} : { id: one }) };
  if (query === undefined) return wanted;
  const [part, langParam, ...extra] = query.split('&');
  const lang = langParam === undefined ? undefined : /^lang=([a-z]{2})$/.exec(langParam)?.[1];
  if (!/^[a-z]+(?:-[a-z]+)*$/.test(part) || extra.length || (langParam !== undefined && !lang)) return undefined;
  return { ...wanted, part, ...(lang ? { lang } : {}) };
}

/** The specifier of a registry id (`parseRegistryId` reversed). */
const registrySpecifier = ({ kind, id, part, lang }: RegistryId) =>
  `${VIRTUAL_PREFIX}${kind}${id === undefined ? '' : `/${id}`}${part ? `?${part}${lang ? `&lang=${lang}` : ''}` : ''}`;

/** Which languages of `kind` are in the importing chunk, the others being lazy chunks (see LOADING). */
function eagerLanguage(kind: string, lang: string, { lazyLanguages = false, eager = false } = {}): boolean {
  const declared = LOADING[kind] ?? 'en';
  // Eager (prerendering in Node): every file at once, so a component renders its content
  // synchronously. Lazy languages (the drop-in bundle): only English of what is otherwise all at once.
  const loading = eager ? 'all' : lazyLanguages && declared === 'all' ? 'en' : declared;
  return loading === 'all' || (loading === 'en' && lang === 'en');
}

/** The file that gives each id of `kind` in `lang`: its own, else the English one (else any). */
export function filesInLanguage(files: ContentFile[], kind: string, lang: string, onlyId?: string): Map<string, ContentFile> {
  const chosen = files.filter((file) => file.kind === kind && (onlyId === undefined || file.id === onlyId));
  const byId = new Map<string, ContentFile>();
  for (const id of new Set(chosen.map((file) => file.id))) {
    const own = new Map(chosen.filter((file) => file.id === id).map((file) => [file.lang, file]));
    byId.set(id, own.get(lang) ?? own.get('en') ?? [...own.values()][0]);
  }
  return byId;
}

/**
 * The registry of one part of every file of `kind` (or of `onlyId`), shaped as a kind's registry.
 * Each language of the part is one module, holding every file's part by id: a page that fetches
 * another language fetches one chunk for all of them, not one per file.
 */
function partRegistryModule(files: ContentFile[], kind: string, part: string, onlyId: string | undefined, options: { lazyLanguages?: boolean; eager?: boolean }): string {
  const imports: string[] = [];
  const loaders = LANGUAGES.map((lang) => {
    const specifier = JSON.stringify(registrySpecifier({ kind, id: onlyId, part, lang }));
    if (eagerLanguage(kind, lang, options)) {
      imports.push(`import part_${lang} from ${specifier};`);
      return (id: string) => `() => part_${lang}[${JSON.stringify(id)}]`;
    }
    return (id: string) => `Object.assign(() => import(${specifier}).then((module) => module.default[${JSON.stringify(id)}]), { lazy: true })`;
  });
  const languagesOf = (id: string) => `{ ${LANGUAGES.map((lang, i) => `${JSON.stringify(lang)}: ${loaders[i](id)}`).join(', ')} }`;
  const body = registryBody([...filesInLanguage(files, kind, 'en', onlyId).keys()], onlyId, languagesOf);
  return `${imports.join('\n')}\nexport default ${body};\n`;
}

/** What a registry module exports: every id with its languages, or one id's languages (undefined where it has no file). */
function registryBody(ids: string[], onlyId: string | undefined, languagesOf: (id: string) => string): string {
  if (onlyId !== undefined) return ids.length ? languagesOf(onlyId) : 'undefined';
  return `{\n${ids.map((id) => `  ${JSON.stringify(id)}: ${languagesOf(id)},`).join('\n')}\n}`;
}

/**
 * The module's code: `export default { <id>: { en: () => data, es: () => import(…) } }` (the
 * registry of a kind) or `export default { en: …, es: … }` (one id); with `part`, each file's
 * part instead of the file. Every language the library speaks is present: a language with no
 * file of its own falls back to the English one.
 */
export function registryModule(files: ContentFile[], kind: string, onlyId?: string, { lazyLanguages = false, eager = false, part = '' } = {}): string {
  if (part) return partRegistryModule(files, kind, part, onlyId, { lazyLanguages, eager });
  const inLanguage = new Map(LANGUAGES.map((lang) => [lang, filesInLanguage(files, kind, lang, onlyId)]));
  const imports: string[] = [];
  const loader = (file: ContentFile) => {
    const specifier = JSON.stringify(file.file);
    if (eagerLanguage(kind, file.lang, { lazyLanguages, eager })) {
      const name = `c${imports.length}`;
      imports.push(`import ${name} from ${specifier};`);
      return `() => ${name}`;
    }
    // Marked, so that src/shared/language-packs.ts can tell a fetch from a value at hand without calling it.
    return `Object.assign(() => import(${specifier}).then((module) => module.default), { lazy: true })`;
  };
  // A language with no file of its own takes the English one (filesInLanguage), loaded as English is.
  const languagesOf = (id: string) => `{ ${LANGUAGES.map((lang) => `${JSON.stringify(lang)}: ${loader(inLanguage.get(lang)!.get(id)!)}`).join(', ')} }`;
  // The body first: writing it adds the imports it uses.
  const body = registryBody([...inLanguage.get('en')!.keys()], onlyId, languagesOf);
  return `${imports.join('\n')}\nexport default ${body};\n`;
}
