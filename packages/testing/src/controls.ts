import type { DriftMutation } from "./drift";
import type { FaultPlan } from "./fault-plan";
import type { Ledger, LedgerEntry } from "./ledger";
import type { Credentials } from "./options";
import { faultPicker, type Runtime } from "./runtime";

/** What every fake offers a test, whatever carries its requests (a socket or msw). */
export interface FakeControls<S = unknown, A extends Credentials = Record<string, string>> {
  /** The credentials this fake accepts (the provider's defaults merged with `options.auth`). */
  readonly auth: A;
  /** The provider's mutable state: inspect it or change it between requests. */
  readonly state: S;
  /** Every request, side effect and fault. */
  readonly ledger: Ledger;
  /** The ledger's entries. */
  readonly requests: LedgerEntry[];
  /** Replaces the fault plan from the next request on; `undefined` turns faults off. */
  setFaults(plan: FaultPlan | undefined): void;
  /** Applies a drift mutation from the next request on; `undefined` serves the spec's shapes again. */
  setDrift(mutation: DriftMutation | undefined): void;
}

/** `members` (the transport's own: its URL, close…) with the controls of a runtime. */
export function withControls<S, A extends Credentials, M extends object>(
  rt: Runtime<S, A>,
  members: M,
): FakeControls<S, A> & M {
  return {
    ...members,
    auth: rt.options.auth,
    state: rt.state,
    ledger: rt.ledger,
    get requests() {
      return rt.ledger.entries;
    },
    setFaults: (plan) => {
      rt.faults.pick = faultPicker(plan, rt.options.seed);
    },
    setDrift: (mutation) => {
      rt.drift = mutation;
    },
  };
}
