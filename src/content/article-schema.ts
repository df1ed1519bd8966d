/**
 * The zod schema of an article (`content/articles/<id>.<lang>.md`), in a module of its own so the
 * run-time loader of another kind does not carry it.
 */
import * as z from 'zod/mini';
import { isoDate, language, sources, text } from './schema-parts.js';

/** `content/articles/<id>.<lang>.md`: an article; the body is the text. */
export const articleSchema = z.strictObject({
  title: text,
  summary: text,
  lang: language,
  reviewed: isoDate,
  author: z.optional(text),
  sources,
});
export type ArticleData = z.infer<typeof articleSchema>;

