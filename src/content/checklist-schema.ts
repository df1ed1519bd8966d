/**
 * The zod schema of a checklist (`content/checklists/<id>.<lang>.md`), in a module of its own so
 * the run-time loader of another kind does not carry it.
 */
import * as z from 'zod/mini';
import { isoDate, kebabId, language, reportDuplicateIds, sources, text, type IssueSink } from './schema-parts.js';

const band = z.strictObject({ min: z.int().check(z.gte(0)), max: z.int().check(z.gte(0)), message: text });

/** `content/checklists/<id>.<lang>.md`: a self-check; the body is its introduction. */
export const checklistSchema = z
  .strictObject({
    title: text,
    lang: language,
    reviewed: isoDate,
    legend: text,
    sources,
    themes: z.array(
      z.strictObject({
        id: kebabId,
        title: text,
        /** Markdown: what tends to help. */
        helps: text,
        starter: text,
        /** `article-id#section` of the article section that explains the theme. */
        article: z.optional(z.string().check(z.regex(/^[a-z0-9-]+#[a-z0-9-]+$/, 'expected article-id#section'))),
      }),
    ).check(z.minLength(1, 'list at least one theme')),
    /** Short subheadings the items are grouped under (chunking); each item then names its `group`. */
    groups: z.optional(z.array(z.strictObject({ id: kebabId, title: text })).check(z.minLength(2, 'give at least two groups'))),
    items: z.array(
      z.strictObject({
        id: kebabId,
        text,
        themes: z.optional(z.array(kebabId)),
        risk: z.optional(z.boolean()),
        group: z.optional(kebabId),
      }),
    ).check(z.minLength(1, 'list at least one item')),
    bands: z.array(band).check(z.minLength(1, 'list at least one band')),
  })
  .check(z.superRefine((list, ctx) => checkChecklist(list, ctx)));
export type ChecklistData = z.infer<typeof checklistSchema>;

type Checklist = z.output<typeof checklistSchema>;

function checkChecklist(list: Checklist, ctx: IssueSink): void {
  const report = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message, input: list });
  reportDuplicateIds(list.themes, 'themes', report);
  reportDuplicateIds(list.items, 'items', report);
  const themeIds = new Set(list.themes.map((theme) => theme.id));
  const used = new Set<string>();
  list.items.forEach((item, i) => {
    if (item.risk && item.themes?.length) report(['items', i, 'themes'], 'a risk item has no themes');
    if (!item.risk && !item.themes?.length) report(['items', i, 'themes'], 'required (name at least one theme)');
    item.themes?.forEach((id, j) => {
      if (!themeIds.has(id)) report(['items', i, 'themes', j], `no theme with id "${id}"`);
      used.add(id);
    });
  });
  list.themes.forEach((theme, i) => {
    if (!used.has(theme.id)) report(['themes', i, 'id'], `theme "${theme.id}" is not used by any item`);
  });
  checkGroups(list, report);
  // Bands must cover every possible count, 0 to the number of items, exactly once.
  const bands = [...list.bands].sort((a, b) => a.min - b.min);
  let next = 0;
  for (const b of bands) {
    const at = list.bands.indexOf(b);
    if (b.max < b.min) report(['bands', at, 'max'], 'must not be below min');
    else if (b.min > next) report(['bands', at, 'min'], `gap: no band covers ${next} to ${b.min - 1}`);
    else if (b.min < next) report(['bands', at, 'min'], `overlap: ${b.min} is already covered`);
    next = Math.max(next, b.max + 1);
  }
  if (next !== list.items.length + 1) {
    report(['bands'], `must cover 0 to ${list.items.length} (the number of items); they end at ${next - 1}`);
  }
}

/** With groups, every item sits in one that exists and every group holds an item; without, no item names one. */
function checkGroups(list: Checklist, report: (path: PropertyKey[], message: string) => void): void {
  if (!list.groups) {
    list.items.forEach((item, i) => {
      if (item.group) report(['items', i, 'group'], `no group with id "${item.group}" (the checklist lists no groups)`);
    });
    return;
  }
  reportDuplicateIds(list.groups, 'groups', report);
  const groupIds = new Set(list.groups.map((group) => group.id));
  list.items.forEach((item, i) => {
    if (!item.group) report(['items', i, 'group'], 'required when the checklist has groups');
    else if (!groupIds.has(item.group)) report(['items', i, 'group'], `no group with id "${item.group}"`);
  });
  list.groups.forEach((group, i) => {
    if (!list.items.some((item) => item.group === group.id)) report(['groups', i, 'id'], `group "${group.id}" has no items`);
  });
}

