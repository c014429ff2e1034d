import { join } from 'node:path';
import { z } from 'zod';
import { baseConfigSchema } from '@loopgate/service';
import { SERVICES, SERVICES_DIR } from './service-routes';

export const CONFIGURATION_REFERENCE_PATH = join(__dirname, '../../docs/configuration.md');

interface Variable {
  readonly name: string;
  readonly defaultText: string;
  readonly description: string;
}

/** A service's configuration schema: the export of services/<s>/src/<s>.config.ts named <s>ConfigSchema. */
function configSchemaOf(service: string): z.ZodObject {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- each service's config, found on disk as the routes are
  const exported = require(join(SERVICES_DIR, service, 'src', `${service}.config.ts`)) as Record<string, unknown>;
  const schema = exported[`${service}ConfigSchema`];
  if (!(schema instanceof z.ZodObject))
    throw new Error(`services/${service}/src/${service}.config.ts exports no ${service}ConfigSchema`);
  return schema;
}

/** What a variable's schema says, through its wrappers (default, optional, pipe): the first description and default found. */
function variableOf(name: string, schema: z.ZodType): Variable {
  let current: z.ZodType | undefined = schema;
  let description: string | undefined;
  let defaultText: string | undefined;
  let required = true;
  while (current) {
    const meta = z.globalRegistry.get(current) as { description?: string; defaultText?: string } | undefined;
    description ??= meta?.description;
    defaultText ??= meta?.defaultText;
    const def = current._zod.def as { type: string; defaultValue?: unknown; innerType?: z.ZodType; in?: z.ZodType };
    if (def.type === 'optional') required = false;
    if (def.type === 'default') {
      required = false;
      defaultText ??= shown(def.defaultValue);
    }
    current = def.innerType ?? def.in;
  }
  return { name, description: description ?? '', defaultText: defaultText ?? (required ? '(required)' : '(unset)') };
}

function shown(value: unknown): string {
  if (Array.isArray(value)) return value.join(',');
  if (value === '') return "''";
  return String(value);
}

const row = (v: Variable) =>
  `| \`${v.name}\` | ${v.defaultText.includes('|') ? v.defaultText.replace(/\|/g, '\\|') : `\`${v.defaultText}\``} | ${v.description.replace(/\|/g, '\\|')} |`;

/** docs/configuration.md: every variable of every service, from the schemas that validate them at start-up. */
export function configurationReferenceText(): string {
  const base = Object.keys(baseConfigSchema.shape);
  const baseDefaults = new Map(
    base.map((name) => [
      name,
      variableOf(name, baseConfigSchema.shape[name as keyof typeof baseConfigSchema.shape] as z.ZodType).defaultText,
    ]),
  );
  const lines = [
    '# Configuration',
    '',
    "<!-- Generated from the services' configuration schemas by `npm run contracts:openapi`: do not edit. -->",
    '',
    'Every service reads its configuration from the environment and validates it at start-up: every bad variable is',
    'listed and the process exits with code 78 (EX_CONFIG).',
    '',
    '## Every service',
    '',
    '| variable | default | meaning |',
    '|---|---|---|',
    ...base.map((name) =>
      row(variableOf(name, baseConfigSchema.shape[name as keyof typeof baseConfigSchema.shape] as z.ZodType)),
    ),
  ];
  for (const service of SERVICES) {
    const schema = configSchemaOf(service);
    const own = Object.keys(schema.shape).map((name) => variableOf(name, schema.shape[name] as z.ZodType));
    const overridden = own
      .filter((v) => base.includes(v.name) && v.defaultText !== baseDefaults.get(v.name))
      .map((v) => `\`${v.name}\` ${v.defaultText === '(required)' ? 'required' : `\`${v.defaultText}\``}`);
    lines.push('', `## ${service}`, '');
    if (overridden.length > 0) lines.push(`Defaults here: ${overridden.join(', ')}.`, '');
    const extra = own.filter((v) => !base.includes(v.name));
    if (extra.length > 0) lines.push('| variable | default | meaning |', '|---|---|---|', ...extra.map(row));
  }
  return `${lines.join('\n')}\n`;
}
