/**
 * Checks every file of content/ (schemas, cross-file rules) and prints each problem as
 * `file:line: field: reason`. Exit code 1 on any error. `--summary` ends with a count line that
 * `npm test` adds to its totals.
 */
import { checkAllContent } from './content/check.js';

const report = checkAllContent(process.cwd());
for (const warning of report.warnings) console.warn(`warning: ${warning}`);
for (const error of report.errors) console.error(error);
const failedFiles = new Set(report.errors.map((error) => error.split(/[:\n]/)[0]));
console.log(`content: ${report.files.length} files checked, ${report.errors.length ? `${failedFiles.size} with errors` : 'all valid'}`);
if (process.argv.includes('--summary')) {
  console.log(`content: ${report.files.length - failedFiles.size} passed, ${failedFiles.size} failed`);
}
process.exit(report.errors.length ? 1 : 0);
