import { createRng } from "../../rng";
import type { IsnotaiEvent, IsnotaiSession, IsnotaiState } from "./types";

interface EventType {
  readonly id: number;
  readonly name: string;
  /** Share of the events after `init`, in percent. */
  readonly weight: number;
  readonly size: readonly [number, number];
}

/** The message types a session's events carry; the provider's full vocabulary is not documented. */
export const EVENT_TYPES: readonly EventType[] = [
  { id: 1, name: "init", weight: 0, size: [180, 420] },
  { id: 2, name: "mouse_move", weight: 58, size: [24, 48] },
  { id: 3, name: "mouse_click", weight: 7, size: [30, 60] },
  { id: 4, name: "keypress", weight: 12, size: [16, 32] },
  { id: 5, name: "scroll", weight: 10, size: [20, 40] },
  { id: 6, name: "touch", weight: 5, size: [28, 56] },
  { id: 7, name: "form_input", weight: 5, size: [40, 160] },
  { id: 8, name: "visibility_change", weight: 3, size: [12, 20] },
];

/** At most this many events per seeded session: enough for several pages of 100. */
const MAX_EVENTS = 240;

/** The number of events of a session, without making them (analytics and stats count them). */
export function eventCountOf(state: IsnotaiState, seed: number, id: string): number {
  return state.events.get(id)?.length ?? eventRng(seed, id).int(0, MAX_EVENTS);
}

/** A session's events, oldest first: the ones in the state, else seeded ones (kept once made). */
export function eventsOf(state: IsnotaiState, seed: number, session: IsnotaiSession): IsnotaiEvent[] {
  const known = state.events.get(session.id);
  if (known) return known;
  const rng = eventRng(seed, session.id);
  const count = rng.int(0, MAX_EVENTS);
  const start = Date.parse(session.createdAt ?? state.now);
  const span = Math.max(1000, Date.parse(session.updatedAt ?? state.now) - start);
  const events = Array.from({ length: count }, (_, i): IsnotaiEvent => {
    const type = i === 0 ? EVENT_TYPES[0]! : weighted(rng.int(1, 100));
    return {
      eventId: rng.id("", 24),
      messageId: type.id,
      eventTypeName: type.name,
      timestamp: start + Math.floor((span * (i + rng.next())) / count),
      payloadSize: rng.int(...type.size),
    };
  });
  state.events.set(session.id, events);
  return events;
}

/**
 * The event-type filter: a message-type byte in decimal or hex (`1`, `0x01`) or a short name.
 * Undefined when the value is a malformed number; an unknown name matches nothing.
 */
export function typeFilter(value: string): ((event: IsnotaiEvent) => boolean) | undefined {
  if (/^(0x[0-9a-f]+|\d+)$/i.test(value)) {
    const id = Number(value);
    return id <= 255 ? (event) => event.messageId === id : undefined;
  }
  const name = value.toLowerCase();
  return (event) => event.eventTypeName === name;
}

function weighted(roll: number): EventType {
  let total = 0;
  return EVENT_TYPES.find((type) => (total += type.weight) >= roll) ?? EVENT_TYPES[1]!;
}

function eventRng(seed: number, id: string) {
  return createRng(seed).fork(`events:${id}`);
}
