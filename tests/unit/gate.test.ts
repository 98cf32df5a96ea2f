import { afterEach, describe, expect, it, vi } from 'vitest'

import { createGate, DatabaseBusyError } from '../../src/db/gate'

afterEach(() => {
  vi.useRealTimers()
})

describe('createGate', () => {
  it('lets up to its capacity in at once', async () => {
    const gate = createGate(2, 1000)
    await gate.acquire()
    await gate.acquire()
    expect(gate.state()).toEqual({ busy: 2, waiting: 0 })
    gate.release()
    expect(gate.state()).toEqual({ busy: 1, waiting: 0 })
  })

  it('hands a freed slot to the oldest waiter, never passing its capacity', async () => {
    const gate = createGate(1, 1000)
    await gate.acquire()
    const order: string[] = []
    const first = gate.acquire().then(() => order.push('first'))
    const second = gate.acquire().then(() => order.push('second'))
    expect(gate.state()).toEqual({ busy: 1, waiting: 2 })
    gate.release()
    await first
    expect(gate.state()).toEqual({ busy: 1, waiting: 1 })
    gate.release()
    await second
    expect(order).toEqual(['first', 'second'])
    gate.release()
    expect(gate.state()).toEqual({ busy: 0, waiting: 0 })
  })

  /** A gate of one slot, taken, whose waiters give up after 500 ms of fake time. */
  const takenGate = async () => {
    vi.useFakeTimers()
    const gate = createGate(1, 500)
    await gate.acquire()
    return gate
  }

  it('gives up after the timeout, leaving the queue', async () => {
    const gate = await takenGate()
    const waiting = gate.acquire()
    const other = gate.acquire()
    vi.advanceTimersByTime(499)
    expect(gate.state().waiting).toBe(2)
    vi.advanceTimersByTime(1)
    await expect(waiting).rejects.toBeInstanceOf(DatabaseBusyError)
    await expect(other).rejects.toThrow(
      'server is busy: no database transaction slot within 500 ms',
    )
    expect(gate.state()).toEqual({ busy: 1, waiting: 0 })
  })

  it('gives up on the right waiter when an earlier one was served', async () => {
    const gate = await takenGate()
    const served = gate.acquire()
    vi.advanceTimersByTime(100)
    const late = gate.acquire()
    gate.release()
    await served
    // At 550 ms the first waiter's timer would have fired: it was cleared, the second still waits.
    vi.advanceTimersByTime(450)
    expect(gate.state()).toEqual({ busy: 1, waiting: 1 })
    vi.advanceTimersByTime(50)
    await expect(late).rejects.toBeInstanceOf(DatabaseBusyError)
    expect(gate.state()).toEqual({ busy: 1, waiting: 0 })
  })
})
