import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { EventBus, type EventConsumer, WAIT_FOR_UPSTREAM_RETRY } from '@loopgate/bus';
import { SERVING_CONFIG } from '../serving.tokens';
import { type ServingConfig } from '../serving.config';
import { DeploymentService } from './deployment.service';

/**
 * Every instance serves every deployment, so each reads all StageChanged events in a consumer group of
 * its own, from the beginning of registry.models: the topic is the deployment log it rebuilds from.
 */
@Injectable()
export class FollowStageChanges implements OnApplicationBootstrap {
  private consumer: EventConsumer | null = null;

  constructor(
    private readonly bus: EventBus,
    private readonly deployments: DeploymentService,
    @Inject(SERVING_CONFIG) private readonly config: ServingConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.consumer = this.bus.consumer({
      groupId: `${this.config.TOPIC_PREFIX}serving.instance.${this.config.SERVING_INSTANCE_ID}`,
      handlers: { StageChanged: (event) => this.deployments.follow(event.payload, event.metadata) },
      fromBeginning: true,
      // A version's dataset spec comes on another topic, and may not have been read yet.
      retry: WAIT_FOR_UPSTREAM_RETRY,
    });
    await this.consumer.start();
  }
}
