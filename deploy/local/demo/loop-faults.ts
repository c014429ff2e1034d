import { type EventType } from '@loopgate/contracts';
import { type LoopEventLog } from './loop-events';
import { type LoopServices, type PipelineService } from './loop-services';

/** A service killed with SIGKILL as soon as the first event of `after` is on its topic (the service is at work on it), then started again. */
export interface LoopFault {
  readonly service: PipelineService;
  readonly after: EventType;
}

export interface InjectedFault extends LoopFault {
  readonly killedAt: string;
  /** From the kill to the new process being ready. */
  readonly restartMs: number;
}

/**
 * Runs beside the loop: each fault once, as soon as its event is there (several services may be down
 * at once); stop() waits for the restarts under way and answers what was done.
 */
export function injectFaults(
  faults: readonly LoopFault[],
  events: LoopEventLog,
  services: LoopServices,
): { stop(): Promise<InjectedFault[]> } {
  const injected: InjectedFault[] = [];
  let stopping = false;
  const inject = async (fault: LoopFault) => {
    while (!stopping && events.ofType(fault.after).length === 0)
      await new Promise((resolve) => setTimeout(resolve, 20));
    if (stopping) return;
    const killedAt = new Date();
    await services.killAndRestart(fault.service);
    injected.push({ ...fault, killedAt: killedAt.toISOString(), restartMs: Date.now() - killedAt.getTime() });
  };
  const running = Promise.all(faults.map(inject));
  return {
    async stop() {
      stopping = true;
      await running;
      return injected;
    },
  };
}
