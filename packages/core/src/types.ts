/**
 * The public data model of `@dateline/core` (schema `dateline/analysis@1`).
 *
 * Everything here is plain JSON-serialisable data. Offsets are UTF-16 code units (JS string
 * indices), end exclusive, and `text.slice(start, end) === span.text` holds for every span that
 * carries a `text`. docs/schema/analysis-1.json is the JSON Schema of the same shape; keep the two
 * in step.
 */

export const SCHEMA_ID = 'dateline/analysis@1' as const;

/** The twelve entity types of the contract. */
export const ENTITY_TYPES = [
  'person',
  'organization',
  'location',
  'nationality',
  'role',
  'event',
  'date',
  'money',
  'quantity',
  'document',
  'equipment',
  'contact',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** A stretch of the text with its content. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Kinds of section. Paragraph-level blocks plus inline quotes, which nest inside them. */
export const SECTION_KINDS = [
  'title',
  'subhead',
  'source',
  'dateline',
  'lead',
  'body',
  'quote',
  'list',
  'transcript-turn',
  'contact',
  'boilerplate',
  'residue',
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export interface Section {
  kind: SectionKind;
  start: number;
  end: number;
  /** `list`: the items, in order. */
  items?: { start: number; end: number }[];
  /** `quote` and `transcript-turn`: who speaks, as written ("SECRETARY AUSTIN", "Gen. Votel"). */
  speaker?: Span;
  /** `quote` and `transcript-turn`: the speaking entity, when known. */
  speakerId?: string;
}

export interface DocumentInfo {
  /** The headline, or null when the text has none. */
  title: string | null;
  /** ISO date (YYYY-MM-DD) of the release, or null. Anchors every relative date. */
  date: string | null;
  /** The dateline place ("Brussels"), or null. */
  place: string | null;
  /** Blocks of the document in order of start; quotes nest inside the paragraph holding them. */
  sections: Section[];
  /** Sentences of the prose (title, lead, body, quotes, turns; not boilerplate or residue). */
  sentences: { start: number; end: number }[];
}

export interface Mention extends Span {
  /** A title or rank written next to a person's name ("Secretary General" before "Jens Stoltenberg"). */
  title?: Span;
  /**
   * A pronoun referring to the entity ("I" in its speaker's quote, "he" after the name): set only
   * on such mentions. They never shape the entity's name, aliases or order.
   */
  pronoun?: true;
}

/** A person's position: `title` of the organisation or country `of` (an entity id). */
export interface Role {
  title: string;
  /** Id of the organisation or location the role belongs to, when it is in the document. */
  of?: string;
}

export interface Entity {
  /** `e1`, `e2`, … in order of first mention. */
  id: string;
  type: EntityType;
  /** Canonical name: the fullest form written in the document, or the expansion of a known acronym. */
  name: string;
  /** Other surface forms seen in this document, in order of first appearance. */
  aliases: string[];
  /** person: positions held. */
  roles: Role[];
  mentions: Mention[];
  /** One line for hovers and listings: "Jens Stoltenberg, NATO Secretary General; 3 mentions." */
  summary: string;
  /** date: resolved ISO date (YYYY-MM-DD) or range (YYYY-MM-DD/YYYY-MM-DD). */
  value?: string;
  /**
   * date: a length of time rather than a point in it ("18 months", "25 minutes", "two decades"),
   * as an ISO 8601 duration ("P18M", "PT25M", "P20Y"). Such a date has no `value`.
   */
  duration?: string;
  /** nationality: the country it belongs to ("Turkish" → "Türkiye"); `countryId` when that country is named. */
  country?: string;
  countryId?: string;
  /** role: ids of the people who hold it in this document. */
  heldBy?: string[];
  /** organization: the expansion of an acronym name ("KFOR" → "Kosovo Force"). */
  expansion?: string;
}

/** The editorial checks (docs/checks.md); each can be switched off by a client. */
export const NOTE_CODES = [
  'weekday-mismatch',
  'name-variant',
  'acronym-before-definition',
  'quote-without-speaker',
  'title-variant',
] as const;
export type NoteCode = (typeof NOTE_CODES)[number];

/** A replacement of `[start, end)` by `text`, in the analysed text's offsets. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** One way to fix a note: a label for a menu ("Write \u201cStoltenberg\u201d") and the edits it makes. */
export interface NoteFix {
  label: string;
  edits: TextEdit[];
}

/** A problem worth showing an editor (e.g. a weekday that does not match its date). */
export interface Note {
  code: NoteCode;
  message: string;
  start: number;
  end: number;
  /** Other places the note is about ("spelled \u201cStoltenberg\u201d here"), for related information. */
  related?: { start: number; end: number; message: string }[];
  /** Ways to fix it, best first. */
  fixes?: NoteFix[];
}

export interface Analysis {
  schema: typeof SCHEMA_ID;
  document: DocumentInfo;
  entities: Entity[];
  /** Editorial observations found while analysing; the language server turns them into diagnostics. */
  notes: Note[];
}

export interface AnalyzeOptions {
  /**
   * Release date (YYYY-MM-DD) to anchor relative dates when the text states none, or to override
   * what it states.
   */
  releaseDate?: string;
  /**
   * The workspace dictionary (dateline.json): names to recognise and words to leave alone. Compiled
   * once per object: pass the same object again, and a new one after a change.
   */
  dictionary?: Dictionary;
}

/** An entity the user declares: always recognised with this type, its aliases linked to it. */
export interface DictionaryEntity {
  name: string;
  type: EntityType;
  /** Other spellings that name the same entity ("the Alliance", "NATO"). */
  aliases?: string[];
}

/** Data only, never executed. Matching is case-sensitive and on whole words. */
export interface Dictionary {
  entities?: DictionaryEntity[];
  /** Words and phrases never to mark as entities nor flag in checks. */
  ignore?: string[];
}
