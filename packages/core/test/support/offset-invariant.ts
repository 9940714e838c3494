/**
 * The offset invariant of the contract, checked against the text an analysis was made from: every
 * offset is in bounds and on a code-point boundary, every `text` is the slice it claims to be, the
 * orderings the contract promises hold, and every id points at an existing entity.
 */
import type { Analysis, EntityType } from '../../src/types.js';

interface Range {
  start: number;
  end: number;
}

const MAX_REPORTED = 50;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `offset` falls between the two halves of a surrogate pair. */
function splitsSurrogatePair(text: string, offset: number): boolean {
  return (
    offset > 0 &&
    offset < text.length &&
    isHighSurrogate(text.charCodeAt(offset - 1)) &&
    isLowSurrogate(text.charCodeAt(offset))
  );
}

function quote(s: string): string {
  const json = JSON.stringify(s);
  return json.length > 60 ? `${json.slice(0, 57)}..."` : json;
}

/**
 * Every violation of the offset invariant, one readable line each (empty when there is none).
 * Checked: 0 <= start <= end <= text.length (integers) for every mention, mention title, section,
 * list item, speaker, sentence, note, note's related place and fix edit (edits of one fix do not
 * overlap; notes are sorted by start); no offset splits a surrogate pair; `text.slice(start, end)
 * === text` for every mention, title and speaker; mentions of an entity in order of start; entities
 * in order of first mention (each has at least one) with ids e1..eN in that order; sections sorted by
 * start; list items inside their section, in order; and `roles[].of` (organization or location),
 * `heldBy` (person), `countryId` (location) and `speakerId` name existing entities.
 */
export function offsetInvariantViolations(text: string, analysis: Analysis): string[] {
  const problems: string[] = [];
  const report = (message: string): void => {
    problems.push(message);
  };

  const checkRange = (where: string, range: Range): boolean => {
    const { start, end } = range;
    if (!Number.isInteger(start) || !Number.isInteger(end)) {
      report(`${where}: offsets must be integers (start ${start}, end ${end})`);
      return false;
    }
    if (!(start >= 0 && start <= end && end <= text.length)) {
      report(`${where}: [${start}, ${end}) is not within 0 <= start <= end <= ${text.length}`);
      return false;
    }
    for (const [name, offset] of [
      ['start', start],
      ['end', end],
    ] as const) {
      if (splitsSurrogatePair(text, offset)) report(`${where}: ${name} ${offset} splits a surrogate pair`);
    }
    return true;
  };

  const checkSpan = (where: string, span: Range & { text: string }): void => {
    if (!checkRange(where, span)) return;
    const actual = text.slice(span.start, span.end);
    if (actual !== span.text) {
      report(
        `${where}: text ${quote(span.text)} but text.slice(${span.start}, ${span.end}) is ${quote(actual)}`,
      );
    }
  };

  const { document, entities, notes } = analysis;
  const typeOf = new Map<string, EntityType>(entities.map((entity) => [entity.id, entity.type]));
  const checkRef = (where: string, id: string, allowed?: readonly EntityType[]): void => {
    const type = typeOf.get(id);
    if (type === undefined) report(`${where}: ${id} is not the id of an entity`);
    else if (allowed && !allowed.includes(type)) {
      report(`${where}: ${id} has type ${type}, expected ${allowed.join(' or ')}`);
    }
  };

  // Entities and their mentions.
  let previousFirst = -1;
  entities.forEach((entity, i) => {
    const where = `entities[${i}] (${entity.id} ${entity.type} ${quote(entity.name)})`;
    if (entity.id !== `e${i + 1}`) report(`${where}: id should be e${i + 1} (ids are e1..eN in order)`);
    if (entity.mentions.length === 0) report(`${where}: has no mention`);
    let previousStart = -1;
    entity.mentions.forEach((mention, j) => {
      const at = `${where}.mentions[${j}]`;
      checkSpan(at, mention);
      if (mention.title) checkSpan(`${at}.title`, mention.title);
      if (mention.start < previousStart) {
        report(`${at}: starts at ${mention.start}, before the previous mention (${previousStart})`);
      }
      previousStart = Math.max(previousStart, mention.start);
    });
    const first = entity.mentions[0];
    if (first) {
      if (first.start < previousFirst) {
        report(
          `${where}: first mention at ${first.start} comes before the previous entity's (${previousFirst})`,
        );
      }
      previousFirst = Math.max(previousFirst, first.start);
    }
    entity.roles.forEach((role, j) => {
      if (role.of !== undefined) checkRef(`${where}.roles[${j}].of`, role.of, ['organization', 'location']);
    });
    entity.heldBy?.forEach((id, j) => {
      checkRef(`${where}.heldBy[${j}]`, id, ['person']);
    });
    if (entity.countryId !== undefined) checkRef(`${where}.countryId`, entity.countryId, ['location']);
  });

  // Sections, list items, speakers.
  let previousSection = -1;
  document.sections.forEach((section, i) => {
    const where = `document.sections[${i}] (${section.kind})`;
    const inBounds = checkRange(where, section);
    if (section.start < previousSection) {
      report(`${where}: starts at ${section.start}, before the previous section (${previousSection})`);
    }
    previousSection = Math.max(previousSection, section.start);
    let previousItemEnd = section.start;
    section.items?.forEach((item, j) => {
      const at = `${where}.items[${j}]`;
      if (!checkRange(at, item) || !inBounds) return;
      if (item.start < previousItemEnd || item.end > section.end) {
        report(`${at}: [${item.start}, ${item.end}) is out of order or outside its section`);
      }
      previousItemEnd = Math.max(previousItemEnd, item.end);
    });
    if (section.speaker) checkSpan(`${where}.speaker`, section.speaker);
    if (section.speakerId !== undefined) checkRef(`${where}.speakerId`, section.speakerId);
  });

  document.sentences.forEach((sentence, i) => {
    checkRange(`document.sentences[${i}]`, sentence);
  });
  let previousNote = -1;
  notes.forEach((note, i) => {
    const where = `notes[${i}] (${note.code})`;
    checkRange(where, note);
    if (note.start < previousNote)
      report(`${where}: starts at ${note.start}, before the previous note (${previousNote})`);
    previousNote = Math.max(previousNote, note.start);
    note.related?.forEach((related, j) => {
      checkRange(`${where}.related[${j}]`, related);
    });
    note.fixes?.forEach((fix, j) => {
      const edits = [...fix.edits].sort((a, b) => a.start - b.start);
      let previousEnd = -1;
      fix.edits.forEach((edit, k) => {
        checkRange(`${where}.fixes[${j}].edits[${k}]`, edit);
      });
      for (const edit of edits) {
        if (edit.start < previousEnd) report(`${where}.fixes[${j}]: edits overlap at ${edit.start}`);
        previousEnd = Math.max(previousEnd, edit.end);
      }
    });
  });

  return problems;
}

/** Throws one error listing every violation of the offset invariant (see `offsetInvariantViolations`). */
export function assertOffsetInvariant(text: string, analysis: Analysis): void {
  const problems = offsetInvariantViolations(text, analysis);
  if (problems.length === 0) return;
  const shown = problems.slice(0, MAX_REPORTED);
  const more = problems.length > shown.length ? `\n  … and ${problems.length - shown.length} more` : '';
  throw new Error(
    `offset invariant violated ${problems.length} time(s) (text length ${text.length}):\n  ${shown.join('\n  ')}${more}`,
  );
}
