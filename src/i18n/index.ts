/**
 * The one place reader-facing strings come from. Components call t('key', { n: 3 }).
 * Editor-facing texts (field labels and hints) live with the schemas in src/schemas.
 */
import nl from './nl.json';

export type StringKey = keyof typeof nl;

export function t(key: StringKey, vars: Record<string, string | number> = {}): string {
  const template: string = nl[key];
  if (template === undefined) throw new Error(`Missing UI string: ${key}`);
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (name in vars ? String(vars[name]) : `{${name}}`));
}

/** Dutch plural: picks `<key>.one` or `<key>.other`. */
export function tCount(base: string, n: number): string {
  return t(`${base}.${n === 1 ? 'one' : 'other'}` as StringKey, { n });
}
