/**
 * Lineage from the command line, through the governance service's API:
 *
 *   npm run lineage -w @loopgate/governance -- prediction <predictionId>
 *   npm run lineage -w @loopgate/governance -- model <modelName> <version>
 *   npm run lineage -w @loopgate/governance -- snapshot <snapshotId>
 *
 * GOVERNANCE_URL (http://127.0.0.1:3008) says where the service answers.
 */
const base = process.env.GOVERNANCE_URL ?? 'http://127.0.0.1:3008';
const [kind, ...args] = process.argv.slice(2);
const paths: Record<string, (a: string[]) => string | null> = {
  prediction: ([id]) => (id ? `/v1/lineage/predictions/${encodeURIComponent(id)}` : null),
  model: ([name, version]) =>
    name && version ? `/v1/lineage/models/${encodeURIComponent(name)}/versions/${encodeURIComponent(version)}` : null,
  snapshot: ([id]) => (id ? `/v1/lineage/snapshots/${encodeURIComponent(id)}` : null),
};

async function main(): Promise<void> {
  const path = paths[kind ?? '']?.(args) ?? null;
  if (!path) {
    console.error('usage: lineage prediction <predictionId> | model <modelName> <version> | snapshot <snapshotId>');
    process.exit(64);
  }
  const response = await fetch(`${base}${path}`);
  console.log(JSON.stringify(await response.json(), null, 2));
  if (!response.ok) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(`lineage: ${(error as Error).message} (is the governance service at ${base}?)`);
  process.exit(2);
});
