// What recording costs a client that opts in (`@clientele/core/record`), on top of the client.
import { recordExchanges } from "../src/record.js";

export const run = () => recordExchanges(() => {}, { personal: "hash" });
