import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_SCHEMAS } from '@loopgate/contracts';
import { compatibilityProblems } from './schema-compatibility';

describe('schema compatibility of the contracts', () => {
  it('every event has at least one schema version', () => {
    for (const versions of Object.values(EVENT_SCHEMAS)) expect(versions.length).toBeGreaterThan(0);
  });

  it('each newest schema reads every earlier version and every earlier version reads the newest', () => {
    expect(compatibilityProblems(EVENT_SCHEMAS)).toEqual([]);
  });

  it('checks at least one real evolution (LoadTestCompleted v1 -> v2)', () => {
    expect(EVENT_SCHEMAS.LoadTestCompleted.map((v) => v.version)).toEqual([1, 2]);
  });

  it('catches an incompatible change in both directions', () => {
    const incompatible = JSON.parse(
      readFileSync(join(__dirname, '../../test/fixtures/incompatible/LoadTestCompleted.v2.avsc'), 'utf8'),
    );
    const problems = compatibilityProblems({
      LoadTestCompleted: [EVENT_SCHEMAS.LoadTestCompleted[0], { version: 2, stage: 'loadtest', schema: incompatible }],
    });
    expect(problems.map((p) => p.direction).sort()).toEqual(['backward', 'forward']);
    expect(problems[0]).toMatchObject({ eventType: 'LoadTestCompleted', newest: 2, other: 1 });
  });
});
