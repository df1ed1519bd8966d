/**
 * Checks every file of content/ (schemas, safe-messaging wording, article grade and length,
 * cross-file rules), prints the words and reading grade of each article, then each problem as
 * `file:line: field: reason`. Exit code 1 on any error. `--summary` ends with a count line that
 * `npm test` adds to its totals.
 */
import { checkAllContent } from './content/check.js';

const report = checkAllContent(process.cwd());
for (const { file, grade, words } of report.articles) {
  console.log(`${file}: ${grade === undefined ? '' : `grade ${grade.toFixed(1)}, `}${words} words`);
}
for (const warning of report.warnings) console.warn(`warning: ${warning}`);
for (const error of report.errors) console.error(error);
const failedFiles = new Set(report.errors.map((error) => error.split(/[:\n]/)[0]));
console.log(`content: ${report.files.length} files checked, ${report.errors.length ? `${failedFiles.size} with errors` : 'all valid'}`);
if (process.argv.includes('--summary')) {
  console.log(`content: ${report.files.length - failedFiles.size} passed, ${failedFiles.size} failed`);
}
process.exit(report.errors.length ? 1 : 0);
