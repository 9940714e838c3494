/**
 * Which documents the server analyses. The `press-release` language always (unless the user
 * switched Dateline off); plain text when it looks like a release, when the user says always, or
 * when they asked for this one document ("Analyze anyway").
 */
import { looksLikePressRelease } from '@dateline/core';
import type { Settings } from '../settings.js';

export const PRESS_RELEASE_LANGUAGE = 'press-release';

export type Eligibility = { analyze: true } | { analyze: false; reason: string };

export function eligibility(
  languageId: string,
  text: string,
  settings: Settings,
  forced: boolean,
): Eligibility {
  if (settings.enable === 'never') return { analyze: false, reason: 'dateline.enable is "never"' };
  if (languageId === PRESS_RELEASE_LANGUAGE || forced || settings.enable === 'always')
    return { analyze: true };
  if (looksLikePressRelease(text)) return { analyze: true };
  return { analyze: false, reason: 'the text does not look like a press release' };
}

/** Size of a text in UTF-8 bytes, the unit of `dateline.maxDocumentSize`. */
export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
