import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { unpublishedOutboxRows } from '@loopgate/bus';
import { INGESTION_CONFIG } from '../ingestion.tokens';
import { type IngestionConfig } from '../ingestion.config';
import { IngestionBackloggedError } from './records.errors';

/** The backlog is looked at most this often: a burst of requests shares one look. */
const LOOK_EVERY_MS = 1_000;

/**
 * HTTP accepts records faster than the outbox relay publishes them (the soak bench: all of a million
 * within ~70 s, published at ~6,600/s), so past INGEST_MAX_OUTBOX_BACKLOG unpublished events a request
 * is answered 503 with Retry-After, accepting nothing, until the relay has caught up.
 */
@Injectable()
export class IngestBackpressure {
  private looked: { at: number; backlog: Promise<number> } | null = null;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(INGESTION_CONFIG) private readonly config: IngestionConfig,
  ) {}

  async admit(): Promise<void> {
    const now = Date.now();
    if (!this.looked || now - this.looked.at >= LOOK_EVERY_MS)
      this.looked = { at: now, backlog: unpublishedOutboxRows(this.dataSource.manager) };
    const backlog = await this.looked.backlog;
    if (backlog > this.config.INGEST_MAX_OUTBOX_BACKLOG)
      throw new IngestionBackloggedError(backlog, this.config.INGEST_MAX_OUTBOX_BACKLOG);
  }
}
