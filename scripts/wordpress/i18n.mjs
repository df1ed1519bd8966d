// The plugin's translations without gettext tools: finds the translatable strings in its PHP, its
// editor script and its block.json files, writes the .pot, reads a .po, and compiles a .mo (for
// PHP) and a Jed JSON file (for the editor script, as wp_set_script_translations expects).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DOMAIN = 'stall-elements';
const PHP_FUNCTIONS = '__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e';

function filesUnder(dir, extension) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' || name === 'bundle' ? [] : filesUnder(path, extension);
    return path.endsWith(extension) ? [path] : [];
  });
}

const unquotePhp = (text) => text.replace(/\\(['\\])/g, '$1');

/** Every translatable string of the plugin: `{ msgid, context?, references: string[], js: boolean }`. */
export function extractStrings(pluginDir) {
  const found = new Map();
  const add = (msgid, context, reference, js = false) => {
    const key = context ? `${context}\u0004${msgid}` : msgid;
    const entry = found.get(key) ?? { msgid, context, references: [], js: false };
    entry.references.push(reference);
    entry.js ||= js;
    found.set(key, entry);
  };
  for (const file of filesUnder(pluginDir, '.php')) {
    const source = readFileSync(file, 'utf8');
    const where = relative(pluginDir, file);
    for (const match of source.matchAll(new RegExp(`\\b(?:${PHP_FUNCTIONS})\\(\\s*'((?:[^'\\\\]|\\\\.)*)'\\s*,\\s*'${DOMAIN}'`, 'g'))) {
      add(unquotePhp(match[1]), undefined, `${where}:${source.slice(0, match.index).split('\n').length}`);
    }
    // The plugin header's name and description are translated with the plugin's text domain.
    for (const header of ['Plugin Name', 'Description']) {
      const value = new RegExp(`^ \\* ${header}:\\s*(.+)$`, 'm').exec(source)?.[1];
      if (value && where === 'stall-elements.php') add(value.trim(), undefined, where);
    }
  }
  for (const file of filesUnder(pluginDir, '.js')) {
    const source = readFileSync(file, 'utf8');
    const where = relative(pluginDir, file);
    for (const match of source.matchAll(/\b__\(\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")\s*,\s*'stall-elements'/g)) {
      const text = match[1] !== undefined ? unquotePhp(match[1]) : JSON.parse(`"${match[2]}"`);
      add(text, undefined, `${where}:${source.slice(0, match.index).split('\n').length}`, true);
    }
  }
  for (const file of filesUnder(pluginDir, 'block.json')) {
    const block = JSON.parse(readFileSync(file, 'utf8'));
    const where = relative(pluginDir, file);
    add(block.title, 'block title', where);
    add(block.description, 'block description', where);
    for (const keyword of block.keywords ?? []) add(keyword, 'block keyword', where);
  }
  return [...found.values()];
}

const poQuote = (text) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;

export function writePot(strings, version) {
  const header = [
    `# Translations of the Stall elements plugin.`,
    `msgid ""`,
    `msgstr ""`,
    `"Project-Id-Version: Stall elements ${version}\\n"`,
    `"MIME-Version: 1.0\\n"`,
    `"Content-Type: text/plain; charset=UTF-8\\n"`,
    `"Content-Transfer-Encoding: 8bit\\n"`,
    `"X-Domain: ${DOMAIN}\\n"`,
  ].join('\n');
  const entries = strings.map((entry) =>
    [`#: ${entry.references.join(' ')}`, entry.context ? `msgctxt ${poQuote(entry.context)}` : null, `msgid ${poQuote(entry.msgid)}`, 'msgstr ""'].filter(Boolean).join('\n'),
  );
  return `${header}\n\n${entries.join('\n\n')}\n`;
}

/** A .po file's entries: `{ context?, msgid, msgstr }`, the header first (msgid ""). */
export function parsePo(text) {
  const entries = [];
  let current = {};
  let field;
  const flush = () => {
    if (current.msgid !== undefined) entries.push(current);
    current = {};
  };
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) {
      if (trimmed === '' && current.msgstr !== undefined) flush();
      continue;
    }
    const keyword = /^(msgctxt|msgid|msgstr)\s+(".*")$/.exec(trimmed);
    if (keyword) {
      if (keyword[1] === 'msgctxt' || (keyword[1] === 'msgid' && current.msgstr !== undefined)) flush();
      field = keyword[1] === 'msgctxt' ? 'context' : keyword[1];
      current[field] = JSON.parse(keyword[2]);
    } else if (trimmed.startsWith('"') && field) {
      current[field] += JSON.parse(trimmed);
    } else {
      throw new Error(`Unreadable .po line: ${line}`);
    }
  }
  flush();
  return entries;
}

const keyOf = (entry) => (entry.context ? `${entry.context}\u0004${entry.msgid}` : entry.msgid);

/** A GNU .mo file (little-endian, no hash table) of the translated entries. */
export function compileMo(entries) {
  const translated = entries.filter((entry) => entry.msgid === '' || entry.msgstr).sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  const keys = translated.map((entry) => Buffer.from(keyOf(entry), 'utf8'));
  const values = translated.map((entry) => Buffer.from(entry.msgstr, 'utf8'));
  const count = translated.length;
  const headerSize = 28;
  let offset = headerSize + count * 16;
  const table = Buffer.alloc(count * 16);
  const blobs = [];
  [keys, values].forEach((list, which) => {
    list.forEach((buffer, index) => {
      table.writeUInt32LE(buffer.length, which * count * 8 + index * 8);
      table.writeUInt32LE(offset, which * count * 8 + index * 8 + 4);
      blobs.push(buffer, Buffer.from([0]));
      offset += buffer.length + 1;
    });
  });
  const header = Buffer.alloc(headerSize);
  header.writeUInt32LE(0x950412de, 0);
  header.writeUInt32LE(0, 4);
  header.writeUInt32LE(count, 8);
  header.writeUInt32LE(headerSize, 12);
  header.writeUInt32LE(headerSize + count * 8, 16);
  // No hash table: WordPress's reader wants its (empty) place right after the two tables.
  header.writeUInt32LE(0, 20);
  header.writeUInt32LE(headerSize + count * 16, 24);
  return Buffer.concat([header, table, ...blobs]);
}

/** The editor script's strings as Jed JSON, the format wp_set_script_translations loads. */
export function compileScriptJson(entries, strings, locale) {
  const inScript = new Set(strings.filter((entry) => entry.js).map((entry) => entry.msgid));
  const messages = { '': { domain: 'messages', lang: locale, 'plural-forms': 'nplurals=2; plural=n != 1;' } };
  for (const entry of entries) if (!entry.context && inScript.has(entry.msgid) && entry.msgstr) messages[entry.msgid] = [entry.msgstr];
  return JSON.stringify({ domain: 'messages', locale_data: { messages } });
}
