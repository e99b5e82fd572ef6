import { resolve, type OpenApiDoc, type Schema } from './openapi-walk.js';

type Variant = Schema & { oneOf?: Schema[] };

/**
 * Where `value` departs from `schema` in the committed document: a missing required key, a key the
 * schema does not name, a wrong type or a value outside an enum. Empty when it conforms. Enough of
 * JSON Schema for the audit contract, not a validator.
 */
export function departures(doc: OpenApiDoc, schema: Variant, value: unknown, path = '$'): string[] {
  if (schema.$ref) return departures(doc, resolve(doc, schema), value, path);
  if (schema.oneOf) {
    const tries = schema.oneOf.map((s) => departures(doc, s, value, path));
    return tries.some((t) => t.length === 0) ? [] : tries.flat();
  }
  const s = resolve(doc, schema) as Variant;
  if (s.oneOf) return departures(doc, s, value, path);
  if (value === null) return s.nullable ? [] : [`${path} is null`];
  if (s.enum && !s.enum.includes(value)) return [`${path} is ${JSON.stringify(value)}, not one of ${JSON.stringify(s.enum)}`];
  if (s.type === 'array') return Array.isArray(value) ? value.flatMap((v, i) => departures(doc, s.items ?? {}, v, `${path}[${i}]`)) : [`${path} is not an array`];
  if (s.type === 'object' || s.properties) {
    if (typeof value !== 'object' || Array.isArray(value)) return [`${path} is not an object`];
    const properties = s.properties ?? {};
    const record = value as Record<string, unknown>;
    return [
      ...(s.required ?? []).filter((k) => !(k in record)).map((k) => `${path}.${k} is missing`),
      ...Object.keys(record).filter((k) => !(k in properties)).map((k) => `${path}.${k} is not documented`),
      ...Object.entries(record).flatMap(([k, v]) => (properties[k] ? departures(doc, properties[k], v, `${path}.${k}`) : [])),
    ];
  }
  const type = s.type === 'integer' ? 'number' : s.type;
  return type && typeof value !== type ? [`${path} is ${typeof value}, not ${s.type}`] : [];
}
