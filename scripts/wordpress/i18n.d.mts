// Types of i18n.mjs, which stays plain JS so the build runs with `node` alone.
export const DOMAIN: string;
export interface TranslatableString {
  msgid: string;
  context?: string;
  references: string[];
  js: boolean;
}
export interface PoEntry {
  msgid: string;
  msgstr: string;
  context?: string;
}
export function extractStrings(pluginDir: string): TranslatableString[];
export function writePot(strings: TranslatableString[], version: string): string;
export function parsePo(text: string): PoEntry[];
export function compileMo(entries: PoEntry[]): Buffer;
export function compileScriptJson(entries: PoEntry[], strings: TranslatableString[], locale: string): string;
