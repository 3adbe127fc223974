/**
 * `@clientele/core/record`: an opt-in recorder of a client's traffic, for checking it against the
 * spec (`pnpm spec:verify`). An entry of its own, so a client that does not record ships none of it.
 */
export { RECORDING_VERSION, recordExchanges } from "./record/recorder.js";
export type { ExchangeSink, RecordOptions, RecordedExchange, Recorder } from "./record/recorder.js";
export type { PersonalMode } from "./record/personal.js";
