import { TopicNamespace } from './topic-namespace';
import { aclPlan, catalogPrincipals } from './topic-acls';

describe('Kafka ACLs from the topic catalog', () => {
  const plan = aclPlan(new TopicNamespace('prod.'));
  const may = (principal: string, operation: string, name: string) =>
    plan.some((g) => g.principal === `User:${principal}` && g.operation === operation && g.name === name);

  it('lets a service write only the topics it owns', () => {
    expect(may('ingestion', 'WRITE', 'prod.ingest.records')).toBe(true);
    expect(may('ingestion', 'WRITE', 'prod.registry.models')).toBe(false);
    expect(may('registry', 'WRITE', 'prod.registry.models')).toBe(true);
    const writers = new Set(
      plan.filter((g) => g.operation === 'WRITE' && g.name === 'prod.serving.predictions').map((g) => g.principal),
    );
    expect([...writers]).toEqual(['User:serving']);
  });

  it('lets a service read only the topics it consumes, and dead-letter them', () => {
    expect(may('monitoring', 'READ', 'prod.serving.predictions')).toBe(true);
    expect(may('monitoring', 'WRITE', 'prod.serving.predictions.dlq')).toBe(true);
    expect(may('ingestion', 'READ', 'prod.registry.models')).toBe(false);
    expect(may('governance', 'READ', 'prod.ingest.records')).toBe(true); // the audit log reads everything
  });

  it('grants each permission once', () => {
    const keys = plan.map((g) => `${g.principal} ${g.resourceType} ${g.name} ${g.operation}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives each service the consumer groups named after it, in the namespace', () => {
    expect(plan.filter((g) => g.resourceType === 'GROUP' && g.principal === 'User:serving')).toEqual([
      {
        principal: 'User:serving',
        resourceType: 'GROUP',
        name: 'prod.serving',
        pattern: 'PREFIXED',
        operation: 'READ',
      },
    ]);
    expect(catalogPrincipals()).toEqual([
      'features',
      'governance',
      'ingestion',
      'loadtests',
      'monitoring',
      'registry',
      'serving',
      'training',
      'validation',
    ]);
  });
});
