import { describe, expect, it } from 'vitest';
import { AcknowledgementsFirst } from '../../src/http/acknowledgements-first.ts';

/** A request whose acknowledgement is given by hand. */
function request(acks: AcknowledgementsFirst) {
  let acknowledge: () => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const answered = acks.acknowledging(
    () =>
      new Promise<void>((resolve, reject) => {
        acknowledge = resolve;
        fail = reject;
      }),
  );
  return { answered, acknowledge: () => acknowledge(), fail: (error: Error) => fail(error) };
}

/** Lets the event loop turn `times` times: long enough for anything already free to go on. */
async function loopTurns(times = 20): Promise<void> {
  for (let i = 0; i < times; i++) await new Promise((resolve) => setImmediate(resolve));
}

function tracked(promise: Promise<void>) {
  const state = { settled: false };
  void promise.then(() => {
    state.settled = true;
  });
  return state;
}

// Long enough never to be reached in these tests, whatever the machine's speed, except where said.
const NEVER_MS = 600_000;

describe('work that follows an acknowledgement', () => {
  it('goes on at once when no click waits for its acknowledgement', async () => {
    const acks = new AcknowledgementsFirst({ maxWaitMs: NEVER_MS });
    await acks.turn();
    expect(acks.pending).toBe(0);
  });

  it('waits while a click is not yet acknowledged, and goes on once it is', async () => {
    const acks = new AcknowledgementsFirst({ maxWaitMs: NEVER_MS });
    const click = request(acks);
    const card = tracked(acks.turn());
    await loopTurns();
    expect(card.settled).toBe(false);
    expect(acks.pending).toBe(1);

    click.acknowledge();
    await click.answered;
    await loopTurns();
    expect(card.settled).toBe(true);
    expect(acks.pending).toBe(0);
  });

  it('waits for every click that arrived before it goes on, and a failed one counts as answered', async () => {
    const acks = new AcknowledgementsFirst({ maxWaitMs: NEVER_MS });
    const first = request(acks);
    const second = request(acks);
    const card = tracked(acks.turn());
    first.acknowledge();
    await loopTurns();
    expect(card.settled).toBe(false);

    second.fail(new Error('the listener failed'));
    await expect(second.answered).rejects.toThrow('the listener failed');
    await loopTurns();
    expect(card.settled).toBe(true);
  });

  it('goes on in the order it started waiting, one piece per turn of the event loop', async () => {
    const acks = new AcknowledgementsFirst({ maxWaitMs: NEVER_MS });
    const click = request(acks);
    const order: string[] = [];
    const cards = ['a', 'b', 'c'].map((name) => acks.turn().then(() => order.push(name)));
    // A click that arrives between two pieces of work is acknowledged before the next goes on.
    void cards[0]!.then(() => {
      const late = request(acks);
      order.push('late click');
      void loopTurns().then(() => {
        order.push('late click acknowledged');
        late.acknowledge();
      });
    });
    click.acknowledge();
    await Promise.all(cards);
    expect(order).toEqual(['a', 'late click', 'late click acknowledged', 'b', 'c']);
  });

  it('does not wait longer than its limit while clicks keep coming', async () => {
    const acks = new AcknowledgementsFirst({ maxWaitMs: 20 });
    request(acks);
    await acks.turn();
    // Still not acknowledged: the work went on because of the limit, not because the click was answered.
    expect(acks.pending).toBe(1);
  });
});
