/**
 * The editorial checks a press officer wants (docs/checks.md lists them): each is a pure
 * function over the text and the finished analysis, returning notes; clients filter by code.
 */
import type { Note } from '../types.js';
import { checkAcronymsBeforeDefinition } from './acronym-before-definition.js';
import type { CheckInput } from './input.js';
import { checkNameVariants } from './name-variant.js';
import { checkQuotesWithoutSpeaker } from './quote-without-speaker.js';
import { checkTitleVariants } from './title-variant.js';
import { checkWeekdayMismatch } from './weekday-mismatch.js';

export type { AcronymDefinitionSite, CheckInput } from './input.js';

const CHECKS: readonly ((input: CheckInput) => Note[])[] = [
  checkWeekdayMismatch,
  checkNameVariants,
  checkAcronymsBeforeDefinition,
  checkQuotesWithoutSpeaker,
  checkTitleVariants,
];

/** Every check's notes, sorted by start (then end, then code) so the order is deterministic. */
export function runChecks(input: CheckInput): Note[] {
  const notes = CHECKS.flatMap((check) => check(input));
  return notes.sort(
    (a, b) => a.start - b.start || a.end - b.end || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}
