// Slack gives a slash command, a button press and a modal submission 3 seconds for its answer, network
// included, or the person sees "operation_timeout". Over HTTP, Bolt (with processBeforeResponse, kept for
// events) sends the answer only when the listener is done; here the answer goes out as soon as the
// listener calls ack() (after recording, before posting), or at the deadline if recording is slow, and
// the rest of the listener runs on in the background. Events API callbacks are left as they are:
// answered once handled, so that Slack sends again one the bot could not record.
import type { AckFn, App } from '@slack/bolt';
import type { Logger } from 'pino';

/** Leaves a second of Slack's three for the network and a busy event loop. */
export const ANSWER_DEADLINE_MS = 2_000;

export interface AnswerInTimeOptions {
  log: Logger;
  /** Keeps the listener's remaining work tracked (stopping and tests wait for it). */
  background(work: Promise<unknown>): void;
  deadlineMs?: number | undefined;
}

type ReceiverEvent = Parameters<App['processEvent']>[0];

export function answerInTime(app: App, options: AnswerInTimeOptions): void {
  const deadlineMs = options.deadlineMs ?? ANSWER_DEADLINE_MS;
  const processEvent = app.processEvent.bind(app);

  app.processEvent = async (event: ReceiverEvent) => {
    if (event.body.type === 'event_callback') return processEvent(event);

    let acking: Promise<void> | undefined;
    let acked: () => void = () => undefined;
    const ackCalled = new Promise<'acked'>((resolve) => {
      acked = () => resolve('acked');
    });
    const ackOnce = (response?: unknown): Promise<void> => {
      if (acking) {
        if (response !== undefined) options.log.warn('a Slack listener answered after the deadline; its answer was dropped');
        return acking;
      }
      acking = (event.ack as AckFn<unknown>)(response);
      acked();
      return acking;
    };

    const work = processEvent({ ...event, ack: ackOnce });
    const settled = work.then(
      () => 'done' as const,
      () => 'failed' as const,
    );
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), deadlineMs);
    });
    const first = await Promise.race([ackCalled, settled, deadline]);
    clearTimeout(timer);

    if (first === 'late') {
      options.log.info({ type: event.body.type, deadlineMs }, 'answered Slack before the listener had recorded its work');
      await ackOnce();
    } else if (!acking) {
      // The listener failed before answering: it told the person (apologizingOnFailure) and Bolt's
      // error handler logged it (in Socket Mode the failure does not reach here, hence 'done' too).
      // Slack does not send a command or button press again, so no answer would only add an error
      // banner. Also answers what no listener took, which Bolt would leave to time out.
      if (first === 'done')
        options.log.warn(
          { type: event.body.type },
          'a Slack request ended without an answer from its listener (it failed, or none took it); answered it empty',
        );
      await ackOnce();
    } else {
      await acking;
    }
    // Its failure was logged by Bolt's error handler (app.error) already.
    options.background(work.catch(() => undefined));
  };
}
