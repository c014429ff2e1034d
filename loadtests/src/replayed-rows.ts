import { artifactStoreFor, parseJsonLines, type ArtifactRef } from '@loopgate/artifacts';
import { flightRow, readFlights } from '@loopgate/datasets';

/** Rows of a sealed snapshot (verified against its sha256), as product services sent them. */
export async function rowsOfSnapshot(artifactStoreUri: string, snapshot: ArtifactRef): Promise<Array<Record<string, unknown>>> {
  return parseJsonLines(await artifactStoreFor(artifactStoreUri).read(snapshot), 'snapshot');
}

/** Without a snapshot: real flights of January 2001, as the flights dataset's rows. */
export async function flightRows(count: number): Promise<Array<Record<string, unknown>>> {
  return (await readFlights(0, count)).map(flightRow);
}
