// Types of zip.mjs.
export function zipFolder(folder: string, zipFile: string, options?: { useZipCommand?: boolean }): void;
