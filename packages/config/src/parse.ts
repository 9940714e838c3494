/**
 * Parsing dateline.json: JSON with comments and trailing commas (jsonc-parser), validated against
 * CONFIG_SCHEMA (ajv), every problem placed at the line and column of the offending key or value.
 * Never throws. The dictionary returned holds every well-formed entry even when others are wrong,
 * so an editor keeps working while the file is being typed.
 */
import type { Dictionary, DictionaryEntity, EntityType } from '@dateline/core';
import { ENTITY_TYPES } from '@dateline/core';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import Ajv2020Module from 'ajv/dist/2020.js';
import {
  findNodeAtLocation,
  getNodeValue,
  type JSONPath,
  type Node,
  type ParseError,
  parseTree,
  printParseErrorCode,
} from 'jsonc-parser';
import { type ConfigError, errorAt } from './errors.js';
import { CONFIG_SCHEMA } from './schema.js';

// ajv is CommonJS: under NodeNext the default import is `module.exports`, whose `default` is the class.
const Ajv2020 = Ajv2020Module.default;

export interface DatelineConfig {
  dictionary: Dictionary;
}

export interface ParsedConfig {
  config: DatelineConfig;
  /** Problems that make the file wrong; 1-based positions, in order of position. */
  errors: ConfigError[];
  /** Doubtful but usable (a name declared twice); never stop a command. */
  warnings: ConfigError[];
}

let validator: ValidateFunction | undefined;

function validate(): ValidateFunction {
  validator ??= new Ajv2020({ allErrors: true, strict: true }).compile(CONFIG_SCHEMA);
  return validator;
}

const SYNTAX: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'not a valid number',
  PropertyNameExpected: 'expected a key in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":" after the key',
  CommaExpected: 'expected "," between entries',
  CloseBraceExpected: 'expected "}" to close the object',
  CloseBracketExpected: 'expected "]" to close the list',
  EndOfFileExpected: 'unexpected text after the end of the file',
  InvalidCommentToken: 'not a valid comment',
  UnexpectedEndOfComment: 'comment not closed (missing "*/")',
  UnexpectedEndOfString: 'text not closed (missing ")',
  UnexpectedEndOfNumber: 'number cut short',
  InvalidUnicode: 'not a valid \\u escape',
  InvalidEscapeCharacter: 'not a valid escape (use \\\\ for a backslash)',
  InvalidCharacter: 'character not allowed in a string (a tab or line break?)',
};

function syntaxMessage(text: string, error: ParseError): string {
  const code = printParseErrorCode(error.error);
  if (code === 'InvalidSymbol') {
    const word = /^[^\s,:{}[\]"]{1,40}/.exec(text.slice(error.offset))?.[0];
    if (word && /^\p{L}/u.test(word)) return `unexpected ${word} (keys and words need double quotes)`;
  }
  return SYNTAX[code] ?? code;
}

const KEYS: Record<string, readonly string[]> = {
  '': Object.keys(CONFIG_SCHEMA.properties),
  entity: Object.keys(CONFIG_SCHEMA.$defs.entity.properties),
};

/** "entities[1].aliases[0]" for the JSON path ['entities', 1, 'aliases', 0]. */
function describePath(path: JSONPath): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
  return out;
}

function pathOf(pointer: string): JSONPath {
  if (pointer === '') return [];
  return pointer
    .split('/')
    .slice(1)
    .map((raw) => raw.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((part) => (/^(0|[1-9][0-9]*)$/.test(part) ? Number(part) : part));
}

/** The closest of `options` to `word`, when it is a likely typo ("entites" → "entities"). */
function closest(word: string, options: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const option of options) {
    const d = distance(word.toLowerCase(), option.toLowerCase());
    if (d < bestDistance) {
      best = option;
      bestDistance = d;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function listOf(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

const TYPE_NAMES: Record<string, string> = {
  array: 'a list ([…])',
  object: 'an object ({…})',
  string: 'a string in double quotes',
};

/** One ajv error as [offset, message]. */
function explain(root: Node, error: ErrorObject): [number, string] {
  const path = pathOf(error.instancePath);
  const node = findNodeAtLocation(root, path) ?? root;
  const where = describePath(path);
  const prefix = where ? `${where}: ` : '';
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const property = findNodeAtLocation(root, [...path, key])?.parent;
      const allowed = path.length === 0 ? (KEYS[''] ?? []) : (KEYS.entity ?? []);
      const guess = closest(key, allowed);
      const hint = guess ? `; did you mean "${guess}"?` : ` (allowed: ${listOf(allowed)})`;
      return [property?.offset ?? node.offset, `${describePath([...path, key])}: unknown key${hint}`];
    }
    case 'required':
      return [node.offset, `${where || 'entity'}: missing "${String(params.missingProperty)}"`];
    case 'enum':
      return [node.offset, `${prefix}must be one of ${(params.allowedValues as string[]).join(', ')}`];
    case 'type': {
      const expected = String(params.type);
      return [node.offset, `${prefix}must be ${TYPE_NAMES[expected] ?? expected}`];
    }
    case 'minLength':
      return [node.offset, `${prefix}must not be empty`];
    default:
      return [node.offset, `${prefix}${error.message ?? error.keyword}`];
  }
}

const TYPES: ReadonlySet<string> = new Set(ENTITY_TYPES);

function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

/** The well-formed entries of the file's value, whatever is wrong elsewhere. */
function dictionaryOf(value: unknown): Dictionary {
  const dictionary: Dictionary = {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return dictionary;
  const record = value as Record<string, unknown>;
  if (Array.isArray(record.entities)) {
    const entities: DictionaryEntity[] = [];
    for (const item of record.entities) {
      if (item === null || typeof item !== 'object') continue;
      const { name, type, aliases } = item as Record<string, unknown>;
      if (!nonEmptyString(name) || typeof type !== 'string' || !TYPES.has(type)) continue;
      const entity: DictionaryEntity = { name, type: type as EntityType };
      if (Array.isArray(aliases)) entity.aliases = aliases.filter(nonEmptyString);
      entities.push(entity);
    }
    dictionary.entities = entities;
  }
  if (Array.isArray(record.ignore)) dictionary.ignore = record.ignore.filter(nonEmptyString);
  return dictionary;
}

/**
 * A name declared twice is probably a copy-paste slip (the first declaration wins); a word both
 * declared and ignored is never recognised (ignoring wins).
 */
function duplicateWarnings(root: Node, text: string, file: string): ConfigError[] {
  const warnings: ConfigError[] = [];
  const entities = findNodeAtLocation(root, ['entities']);
  if (entities?.type !== 'array') return warnings;
  const seen = new Map<string, number>();
  /** Every declared spelling (names and aliases) and the entity declaring it. */
  const declared = new Map<string, number>();
  entities.children?.forEach((item, index) => {
    const nameNode = findNodeAtLocation(item, ['name']);
    const name = nameNode ? getNodeValue(nameNode) : undefined;
    const aliases = findNodeAtLocation(item, ['aliases']);
    if (aliases?.type === 'array')
      for (const alias of aliases.children ?? []) {
        const value = getNodeValue(alias);
        if (typeof value === 'string' && !declared.has(value)) declared.set(value, index);
      }
    if (typeof name !== 'string' || !nameNode) return;
    if (!declared.has(name)) declared.set(name, index);
    const first = seen.get(name);
    if (first === undefined) seen.set(name, index);
    else
      warnings.push(
        errorAt(
          text,
          file,
          nameNode.offset,
          `entities[${index}].name: "${name}" is already declared in entities[${first}]; the first one is used`,
        ),
      );
  });
  const ignore = findNodeAtLocation(root, ['ignore']);
  if (ignore?.type !== 'array') return warnings;
  ignore.children?.forEach((item, index) => {
    const word = getNodeValue(item);
    const owner = typeof word === 'string' ? declared.get(word) : undefined;
    if (owner === undefined) return;
    warnings.push(
      errorAt(
        text,
        file,
        item.offset,
        `ignore[${index}]: "${String(word)}" is also declared in entities[${owner}]; ignoring wins, so it is never recognised`,
      ),
    );
  });
  return warnings;
}

function byPosition(a: ConfigError, b: ConfigError): number {
  return (
    a.line - b.line || a.column - b.column || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/** Parse and check a dateline.json. `file` names it in messages. Never throws. */
export function parseConfig(text: string, file: string): ParsedConfig {
  const empty: ParsedConfig = { config: { dictionary: {} }, errors: [], warnings: [] };
  if (typeof text !== 'string')
    return { ...empty, errors: [{ file, line: 1, column: 1, message: 'not a text' }] };
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.trim() === '') return empty;
  try {
    const syntax: ParseError[] = [];
    const root = parseTree(source, syntax, { allowTrailingComma: true, disallowComments: false });
    // Only the first syntax error: the ones after it are mostly its echoes.
    const errors = syntax.slice(0, 1).map((e) => errorAt(source, file, e.offset, syntaxMessage(source, e)));
    if (!root)
      return {
        ...empty,
        errors: errors.length > 0 ? errors : [errorAt(source, file, 0, 'expected an object ({…})')],
      };
    const value: unknown = getNodeValue(root);
    if (errors.length === 0) {
      const check = validate();
      if (!check(value)) {
        const seen = new Set<string>();
        for (const error of check.errors ?? []) {
          const [offset, message] = explain(root, error);
          const key = `${offset}\u0000${message}`;
          if (seen.has(key)) continue;
          seen.add(key);
          errors.push(errorAt(source, file, offset, message));
        }
      }
    }
    return {
      config: { dictionary: dictionaryOf(value) },
      errors: errors.sort(byPosition),
      warnings: duplicateWarnings(root, source, file).sort(byPosition),
    };
  } catch (error) {
    // A bug here must not take an editor or a batch down with it.
    return { ...empty, errors: [{ file, line: 1, column: 1, message: `cannot read: ${String(error)}` }] };
  }
}
