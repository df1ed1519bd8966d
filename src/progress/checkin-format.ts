/**
 * The format tag of an exported check-in file. Its own module so that Export, on the first load,
 * does not pull in zod: only Import and reading stored check-ins need the schema.
 */
export const CHECKIN_FILE_FORMAT = 'stall-elements/progress';
