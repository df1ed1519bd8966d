/**
 * Controls a designer can use. The manifest (custom-elements.json) lists attributes, properties,
 * events, slots, CSS parts and CSS custom properties; Storybook would make a control of each, most
 * of which do nothing in a story (a CSS part is styled from the page, not set). This keeps them
 * all in the docs tables and makes controls only of the attributes the stories render: text
 * inputs, or selects where the values are a known list, with the real defaults shown.
 */
import type { ArgTypesEnhancer, StrictInputType } from 'storybook/internal/types';
import { BUNDLED_ARTICLES } from '../src/article/article-content.js';
import { DEFAULT_CHECKLIST } from '../src/checklist/checklist-content.js';
import { crisisCountries } from '../src/crisis-footer/crisis-data.js';
import { DEFAULT_DECISION } from '../src/decision/decision-content.js';
import { DEFAULT_PROGRESS } from '../src/progress/progress-content.js';

/** Defaults the manifest gives as the name of a constant. */
const constantValues: Record<string, string> = { DEFAULT_CHECKLIST, DEFAULT_DECISION, DEFAULT_PROGRESS };

/** Attributes whose values are a known list: a select, with "" for "not set". */
const choices: Record<string, readonly string[]> = {
  article: BUNDLED_ARTICLES,
  checklist: [DEFAULT_CHECKLIST],
  decision: [DEFAULT_DECISION],
  progress: [DEFAULT_PROGRESS],
  country: crisisCountries,
  lang: ['en', 'es', 'es-MX', 'en-GB'],
};

/** Documented in the docs tables, never a control. */
const documentedOnly = new Set(['properties', 'events', 'slots', 'css custom properties', 'css shadow parts']);

function withControl(name: string, argType: StrictInputType): StrictInputType {
  const category = argType.table?.category;
  if (category && documentedOnly.has(category)) return { ...argType, control: false };
  if (category !== 'attributes') return argType;
  const written = String(argType.table?.defaultValue?.summary ?? '');
  const value = constantValues[written] ?? written.replace(/^'(.*)'$/, '$1');
  const table = { ...argType.table, defaultValue: value && value !== 'undefined' ? { summary: value } : undefined };
  const options = choices[name];
  if (options) return { ...argType, table, options: ['', ...options], control: { type: 'select', labels: { '': '(not set)' } } };
  return { ...argType, table, control: { type: 'text' } };
}

export const designerControls: ArgTypesEnhancer = (context) =>
  Object.fromEntries(Object.entries(context.argTypes).map(([name, argType]) => [name, withControl(name, argType)]));
