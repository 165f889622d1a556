import { Logger } from '@nestjs/common';
import { Queue, Worker, type ConnectionOptions, type Job } from 'bullmq';

/** The BullMQ queues of Parley's periodic sweeps (one job scheduler each; docs/architecture.md). */
export const SWEEP_QUEUES = {
  /** Chat service: uploads never sent (UPLOAD_SWEEP_INTERVAL_SECONDS). */
  uploads: 'sweep-unsent-uploads',
  /** User service: sessions that expired more than a day ago (SESSION_SWEEP_INTERVAL_SECONDS). */
  sessions: 'sweep-expired-sessions',
} as const;

export interface ScheduledSweepOptions<R> {
  /** The queue (and scheduler) name; every replica of the app uses the same one. */
  queue: string;
  /** How often the sweep runs, across all replicas together. */
  everyMs: number;
  /** A BullMQ connection (`maxRetriesPerRequest: null`, as bullConnection gives). */
  connection: ConnectionOptions;
  /** Shows in each job's `processedBy`: which replica ran it. */
  workerName: string;
  /** One run; what it returns is kept as the job's return value. */
  run: (job: Job) => Promise<R>;
}

/** Completed and failed runs kept in Redis for inspection (`Queue.getJobs`). */
const RUNS_KEPT = 50;

/**
 * A periodic sweep that runs once per interval whatever the number of replicas: every replica
 * upserts the same BullMQ job scheduler (`every` milliseconds; upserting is idempotent, the
 * last replica to start sets the interval) and runs a Worker on its queue. The scheduler puts one
 * job per interval in the queue and exactly one worker takes it; while no replica runs, no runs
 * pile up (the scheduler keeps only the next one). A failed run is logged and not retried: the
 * next interval's run picks up where it stopped.
 */
export class ScheduledSweep<R = unknown> {
  private readonly logger: Logger;
  private readonly queue: Queue;
  private readonly worker: Worker;
  /** Resolves once the scheduler is in Redis (it waits for Redis while it is down). */
  readonly scheduled: Promise<void>;

  constructor(opts: ScheduledSweepOptions<R>) {
    this.logger = new Logger(`Sweep ${opts.queue}`);
    this.queue = new Queue(opts.queue, { connection: opts.connection });
    this.queue.on('error', (err) => this.logger.warn(`queue: ${err.message}`));
    this.worker = new Worker(opts.queue, (job) => opts.run(job), { connection: opts.connection, concurrency: 1, name: opts.workerName });
    this.worker.on('error', (err) => this.logger.warn(`worker: ${err.message}`));
    this.worker.on('failed', (job, err) => this.logger.warn(`run ${job?.id ?? '?'} failed: ${err.message}`));
    this.scheduled = this.queue
      .upsertJobScheduler(
        opts.queue,
        { every: opts.everyMs },
        { name: opts.queue, opts: { attempts: 1, removeOnComplete: RUNS_KEPT, removeOnFail: RUNS_KEPT } },
      )
      .then(
        () => undefined,
        (err: unknown) => this.logger.warn(`scheduler not set up: ${err instanceof Error ? err.message : String(err)}`),
      );
  }

  /** Stops taking runs (a run under way finishes first) and closes both connections. */
  async close(): Promise<void> {
    await this.worker.close();
    await this.queue.close();
  }
}
