/**
 * Why a file could not be loaded at run time, in a form a component can put into words. Types
 * only, so a component can describe a failure without pulling the lazy loader into its bundle.
 */
import type { ContentIssue } from '../content/parse.js';

export type LoadFailure =
  /** Another origin, or not http(s): refused before any request, so no third party sees the visit. */
  | { kind: 'cross-origin'; url: string }
  /** The server sent the browser on to another origin: refused before the redirect was followed. */
  | { kind: 'redirect'; url: string }
  | { kind: 'http'; url: string; status: number }
  | { kind: 'network'; url: string }
  | { kind: 'timeout'; url: string }
  | { kind: 'too-large'; url: string; limitBytes: number }
  /** The file was read but does not match its kind's schema: one issue per field at fault. */
  | { kind: 'invalid'; url: string; issues: readonly ContentIssue[] };

export type LoadResult<T> = { ok: true; value: T } | { ok: false; failure: LoadFailure } | { ok: false; aborted: true };
