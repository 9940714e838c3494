/** Validation of analyses against docs/schema/analysis-1.json with ajv 8 (draft 2020-12, strict mode). */
import { readFileSync } from 'node:fs';
import type { AnySchemaObject, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import Ajv2020Module from 'ajv/dist/2020.js';
import { schemaPath } from './repo-paths.js';

// ajv is CommonJS: under NodeNext the default import is `module.exports`, which TypeScript types as
// the module namespace; its `default` is the class both at run time and in the types.
const Ajv2020 = Ajv2020Module.default;

let schema: AnySchemaObject | undefined;
let compiled: ValidateFunction | undefined;

/** The schema as parsed JSON (read once). */
export function loadSchema(): AnySchemaObject {
  schema ??= JSON.parse(readFileSync(schemaPath, 'utf8')) as AnySchemaObject;
  return schema;
}

/** A fresh strict ajv instance, for tests that compile variants of the schema. */
export function strictAjv(): InstanceType<typeof Ajv2020> {
  return new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
}

function validator(): ValidateFunction {
  compiled ??= strictAjv().compile(loadSchema());
  return compiled;
}

function preview(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) return String(value);
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}

function explain(error: ErrorObject, root: unknown): string {
  const where = error.instancePath || '(root)';
  const params = error.params as Record<string, unknown>;
  let detail = '';
  if (error.keyword === 'additionalProperties') detail = `: ${String(params.additionalProperty)}`;
  else if (error.keyword === 'enum') detail = `: ${(params.allowedValues as unknown[]).join(', ')}`;
  else if (error.keyword === 'const') detail = `: ${preview(params.allowedValue)}`;
  const value = valueAt(root, error.instancePath);
  return `${where} ${error.message ?? error.keyword}${detail} (got ${preview(value)})`;
}

function valueAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * Validates `value` against the analysis schema. Returns one readable line per problem
 * ("/entities/0/type must be equal to one of the allowed values: person, ... (got "people")"),
 * or an empty array when the value is valid, so `expect(validateAnalysis(x)).toEqual([])` shows them all.
 */
export function validateAnalysis(value: unknown): string[] {
  const validate = validator();
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => explain(error, value));
}
