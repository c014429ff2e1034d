import { DeclarationsSchema, holds, planOf, printedPlan } from './declarations';

describe('declarations as code', () => {
  it('fills what a file leaves out and refuses what it should not say', () => {
    expect(DeclarationsSchema.parse({ models: { delay: { training: { algorithm: 'gbdt' } } } })).toEqual({
      datasets: {},
      featureSets: [],
      models: { delay: { training: { algorithm: 'gbdt' } } },
    });
    expect(DeclarationsSchema.safeParse({ model: {} }).success).toBe(false);
  });

  it('takes a value the services filled with defaults as holding the declared one, at every depth', () => {
    expect(
      holds({ fields: [{ name: 'x', type: 'NUMBER', nullable: false }] }, { fields: [{ name: 'x', type: 'NUMBER' }] }),
    ).toBe(true);
    expect(holds({ fields: [{ name: 'x' }, { name: 'y' }] }, { fields: [{ name: 'x' }] })).toBe(false);
    expect(holds({ params: { maxLeaves: '15' } }, { params: { maxLeaves: '31' } })).toBe(false);
    expect(holds(null, { a: 1 })).toBe(false);
  });

  it('plans a create, an update naming each differing key, and an unchanged object, comparing the declared keys only', () => {
    const changes = planOf([
      { kind: 'dataset spec', name: 'flights', declared: { fields: [{ name: 'x' }] }, current: null },
      {
        kind: 'model training config',
        name: 'delay',
        declared: { algorithm: 'gbdt', params: { maxLeaves: '31' } },
        current: { algorithm: 'gbdt', params: { maxLeaves: '15' }, seed: 42, updatedAt: 'now' },
      },
      {
        kind: 'monitoring policy',
        name: 'delay',
        declared: { windowMinutes: 60, drift: { psi: 0.2 } },
        current: { windowMinutes: 60, drift: { psi: 0.2, ks: 0.1 }, createdAt: 'then' },
      },
    ]);
    expect(changes.map((c) => [c.action, c.differences.map((d) => d.key)])).toEqual([
      ['create', ['fields']],
      ['update', ['params']],
      ['unchanged', []],
    ]);
    expect(printedPlan(changes)).toBe(
      [
        '+ dataset spec flights (create)',
        '    fields: [{"name":"x"}]',
        '~ model training config delay (update)',
        '    params: {"maxLeaves":"15"} -> {"maxLeaves":"31"}',
        '= monitoring policy delay',
        '2 of 3 objects to change',
        '',
      ].join('\n'),
    );
  });
});
