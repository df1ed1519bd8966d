/**
 * The breakdown rows of `npm run bench`: where a page's time goes (CPU profile self time by script
 * and the busiest functions; the main thread's script, style and layout totals) and how much of
 * each chunk the first render used (coverage), next to the hand-written Lit page.
 */
import type { ScriptCoverage, TimeBreakdown } from './profile.js';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
const line = (what: string, figure = '') => `${what.padEnd(56)} ${figure}`.trimEnd();

function timeRows(title: string, profile: TimeBreakdown): string[] {
  const { script, style, layout, task } = profile.thread;
  const rows = [
    '',
    `${title}: usable at ${ms(profile.usable)} in this run; main thread busy ${ms(task)} (script ${ms(script)}, style ${ms(style)}, layout ${ms(layout)})`,
    '  CPU profile, self time by script:',
  ];
  for (const [name, time] of profile.byScript.slice(0, 8)) rows.push(line(`    ${name}`, ms(time)));
  rows.push('  busiest functions (self time):');
  for (const [name, time] of profile.topFunctions.slice(0, 6)) rows.push(line(`    ${name.slice(0, 52)}`, ms(time)));
  return rows;
}

function coverageRows(title: string, coverage: ScriptCoverage[]): string[] {
  const rows = ['', `${title}: coverage on first render (bytes of each script that ran before the page was usable)`];
  let bytes = 0;
  let used = 0;
  let usedGz = 0;
  for (const script of coverage) {
    bytes += script.bytes;
    used += script.used;
    usedGz += script.usedGz;
    const share = script.bytes ? Math.round((100 * script.used) / script.bytes) : 0;
    rows.push(line(`    ${script.file}`, `${kb(script.used)} of ${kb(script.bytes)} used (${share}%), the used part ${kb(script.usedGz)} gz`));
  }
  rows.push(line('    all scripts', `${kb(used)} of ${kb(bytes)} used (${bytes ? Math.round((100 * used) / bytes) : 0}%), ${kb(usedGz)} gz`));
  return rows;
}

export function breakdownRows(input: {
  checklistProfile: TimeBreakdown;
  litProfile: TimeBreakdown;
  srcProfile: TimeBreakdown;
  checklistCoverage: ScriptCoverage[];
  srcCoverage: ScriptCoverage[];
}): string[] {
  return [
    '',
    'Where the time and bytes go (one profiled load and one covered load of each page, CPU 4x slower; DevTools Profiler and Performance metrics)',
    ...timeRows('checklist page', input.checklistProfile),
    ...timeRows('hand-written Lit page', input.litProfile),
    ...timeRows('src page', input.srcProfile),
    ...coverageRows('checklist page', input.checklistCoverage),
    ...coverageRows('src page', input.srcCoverage),
  ];
}

/** The parts of the checklist page's code, for the breakdown of its bytes. */
export function pageGroupOf(module: string): string | undefined {
  const parts: [RegExp, string][] = [
    [/node_modules\/(?:lit|lit-html|lit-element|@lit\/reactive-element)\/|decorate\.js$|rolldown/, 'lit itself (lit-html, ReactiveElement, decorators)'],
    [/node_modules\/@lit\/context\//, "@lit/context, the consumer's side"],
    [/^content\/crisis\/|stall-content\/crisis$/, 'crisis lines of every country, English (data)'],
    [/^src\/crisis-footer\/|ui\/crisis-footer/, 'crisis panel, country chooser, country resolver and words'],
    [/^content\/checklists\/|ui\/checklist|stall-content\/checklists/, 'the checklist: items, themes, what helps, words (data)'],
    [/^src\/checklist\//, 'the checklist component (form, results, scoring, styles)'],
    [/^src\/session-summary\/|answer-(?:memory|storage|store)/, 'session summary and "Remember on this device"'],
    [/^src\/shared\/styles|adopted-styles/, 'shared styles'],
    [/^src\//, 'shared code: locale, content source, load error, events, language packs'],
  ];
  return parts.find(([test]) => test.test(module))?.[1];
}
