import { z } from 'zod';
import { type LoopgateClient, unwrap } from '@loopgate/client';
import { artifactStoreFor, defaultArtifactStoreUri, parseJsonLines, type ArtifactRef } from '@loopgate/artifacts';
import { RESERVED_FIELD_PREFIX } from '@loopgate/dataset-specs';

export type ReplayedRow = Record<string, unknown>;

/**
 * Rows of a sealed snapshot (verified against its sha256), as product services sent them: without the
 * columns the platform added (the row id and arrival time of a table without ids or a clock).
 */
export async function rowsOfSnapshot(artifactStoreUri: string, snapshot: ArtifactRef): Promise<ReplayedRow[]> {
  const rows = parseJsonLines(await artifactStoreFor(artifactStoreUri).read(snapshot), 'snapshot');
  return rows.map((row) =>
    Object.fromEntries(Object.entries(row).filter(([name]) => !name.startsWith(RESERVED_FIELD_PREFIX))),
  );
}

/** The runners' configuration of where rows come from. */
export const rowSourcesSchema = {
  REGISTRY_URL: z.url().default('http://127.0.0.1:3005'),
  INGESTION_URL: z.url().default('http://127.0.0.1:3001'),
  ARTIFACT_STORE_URI: z.string().default(defaultArtifactStoreUri()),
};

/** Where the runner finds a version's rows: the registry names its training snapshot, ingestion says where its rows are (the client's registry and ingestion). */
export interface RowSources {
  readonly client: LoopgateClient;
  readonly artifactStoreUri: string;
}

/**
 * The first `limit` rows of the snapshot the version was trained on: a load test sends a model rows of
 * its own dataset, never another's (serving would refuse them, and the test would measure errors).
 */
export async function rowsOfTrainingSnapshot(
  sources: RowSources,
  modelName: string,
  version: number,
  limit: number,
): Promise<{ snapshotId: string; rows: ReplayedRow[] }> {
  const { snapshotId } = await unwrap(
    sources.client.registry.GET('/v1/models/{modelName}/versions/{version}', {
      params: { path: { modelName, version } },
    }),
  );
  const snapshot = await unwrap(
    sources.client.ingestion.GET('/v1/snapshots/{snapshotId}', { params: { path: { snapshotId } } }),
  );
  const rows = await rowsOfSnapshot(sources.artifactStoreUri, { uri: snapshot.uri, sha256: snapshot.sha256 });
  if (rows.length === 0) throw new Error(`snapshot ${snapshotId} of ${modelName} v${version} has no rows to replay`);
  return { snapshotId, rows: rows.slice(0, limit) };
}
