import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate, GENERATED_DIR, SCHEMAS_DIR, staleFiles } from './generate-types';

function schemasDir(files: Record<string, object>): string {
  const dir = mkdtempSync(join(tmpdir(), 'contracts-'));
  for (const [path, schema] of Object.entries(files)) {
    mkdirSync(join(dir, path.split('/')[0]), { recursive: true });
    writeFileSync(join(dir, path), JSON.stringify(schema));
  }
  return dir;
}

const record = (name: string, fields: object[]) => ({ type: 'record', name, doc: 'd', fields });

describe('generated contract types', () => {
  it('are up to date with the schemas (run npm run contracts:generate when this fails)', () => {
    expect(staleFiles(generate(SCHEMAS_DIR, GENERATED_DIR))).toEqual([]);
  });

  it('describe the newest version of an event and list every version', () => {
    const dir = schemasDir({
      'x/Thing.v1.avsc': record('Thing', [{ name: 'a', type: 'string', doc: 'A.' }]),
      'x/Thing.v2.avsc': record('Thing', [
        { name: 'a', type: 'string', doc: 'A.' },
        { name: 'b', type: ['null', 'long'], default: null, doc: 'B.' },
      ]),
    });
    const out = generate(dir, '/out');
    expect(out.get('/out/events.ts')).toContain(
      'export interface Thing {\n  /** A. */\n  a: string;\n  /** B. */\n  b: null | number;\n}',
    );
    expect(out.get('/out/schemas.ts')).toMatch(/Thing: \[\n {4}\{ version: 1,.*\n {4}\{ version: 2,/);
  });

  it('refuses a gap in versions, a misnamed file and one nested name with two shapes', () => {
    expect(() => generate(schemasDir({ 'x/Thing.v2.avsc': record('Thing', []) }), '/out')).toThrow(/without gaps/);
    expect(() => generate(schemasDir({ 'x/thing.avsc': record('Thing', []) }), '/out')).toThrow(
      /named <EventType>.v<N>.avsc/,
    );
    expect(() => generate(schemasDir({ 'x/Thing.v1.avsc': record('Other', []) }), '/out')).toThrow(
      /record named Thing/,
    );
    const nested = (fields: object[]) => ({ name: 'n', type: record('Shared', fields), doc: 'N.' });
    expect(() =>
      generate(
        schemasDir({
          'x/A.v1.avsc': record('A', [nested([{ name: 'p', type: 'int', doc: 'P.' }])]),
          'x/B.v1.avsc': record('B', [nested([{ name: 'p', type: 'string', doc: 'P.' }])]),
        }),
        '/out',
      ),
    ).toThrow(/Shared is defined differently/);
  });
});
