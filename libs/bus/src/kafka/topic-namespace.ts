import { DEAD_LETTER } from '@loopgate/contracts';

/**
 * Maps catalog topic names to the topics of one namespace. Production uses no prefix; a replay or a
 * test uses its own prefix so it never touches the real topics.
 */
export class TopicNamespace {
  constructor(readonly prefix = '') {}

  topic(catalogTopic: string): string {
    return `${this.prefix}${catalogTopic}`;
  }

  deadLetterOf(actualTopic: string): string {
    return `${actualTopic}${DEAD_LETTER.suffix}`;
  }
}
