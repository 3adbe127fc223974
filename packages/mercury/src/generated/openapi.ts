// generated — do not edit. Source: specs/mercury/openapi.yaml; run `pnpm generate`.
export interface paths {
    "/projects/{projectId}/users/properties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the users of a bot with their properties
         * @description Returns the end users of a bot project with the context parameters ("user properties") stored for
         *     each, optionally restricted to some stages, filtered, sorted and paged with `startId` + `limit`.
         *     An offset is not offered ("for technical reasons"). The response has no `next`, `hasMore` or total.
         *
         *     Documented example of the parameters (decoded):
         *     `stageIds=a6819263-73f9-48db-969f-ee9d7241d7b6,0f954369-16e8-4d18-915a-7be2dc458714`,
         *     `filters=[{"mode": "include", "field": "user.company", "operator": "=", "value": "Mercury.ai"}]`,
         *     `sortBy=+user.lastName,+user.firstName`, `startId=db82a72a-8b47-4821-82e7-c948a786a686`, `limit=10`.
         *     The page lists them as a JSON object; since the method is GET they are sent as query parameters
         *     (inferred).
         *
         *     Unconfirmed:
         *     - whether `startId` is inclusive (the page starts with that user) — assumed yes ("the user ID to
         *       start from"); the client drops a repeated boundary user, so an exclusive server also works;
         *     - the end of data: assumed to be a page shorter than `limit` or an empty page;
         *     - how `startId` interacts with `sortBy` (keyset by user id under a non-id sort); keep `sortBy`,
         *       `filters` and `stageIds` identical on every page;
         *     - the operator set and that multiple filters are combined with AND;
         *     - the maximum `limit`; the default stage scope when `stageIds` is omitted (assumed: all stages);
         *     - every error status and body (400, 401, 403, 404 are likely; see `ErrorEnvelope`);
         *     - rate limits (none documented).
         */
        get: operations["listBotUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    botEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An event Mercury.ai sends to your webhook endpoint
         * @description Mercury.ai POSTs events (messages received and sent, handover sessions opened, NLU training status;
         *     more announced) to an HTTPS endpoint with a valid TLS certificate that you register. A `ping` event is
         *     sent when the endpoint is created. The feature is a public preview.
         *
         *     The receiver must answer 200 within 2 seconds. Otherwise Mercury retries every few seconds for at
         *     least a minute, then every 5 minutes for 24 hours, and then disables the endpoint.
         *
         *     Verify `x-hub-signature` before trusting the body: recompute HMAC-SHA256 with the shared key over
         *     `<t>:<raw body>` (the raw bytes as received, not re-serialised JSON), compare in constant time with
         *     `sig`, and reject a stale `t` (replay protection; no tolerance window is documented).
         *
         *     Unconfirmed: the event payload beyond `{"type": "ping"}` (names of the other event types and their
         *     fields were not captured), the hex letter case of `sig` (lower-case in the test vector), and whether
         *     more than one `sig` can appear in the header (e.g. during key rotation).
         */
        post: operations["botEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description The 200 body of `listBotUsers`, in the API's usual `{success, data}` envelope. */
        BotUserListResponse: {
            /**
             * @description Always `true` on success.
             * @constant
             */
            success: true;
            data: components["schemas"]["BotUserList"];
        };
        /** @description One page of bot users. No cursor, `hasMore` or total is returned. */
        BotUserList: {
            items: components["schemas"]["BotUser"][];
        };
        /** @description An end user of the bot (someone who chatted with it) and the context parameters stored for them. */
        BotUser: {
            /**
             * @description The user's id (UUID-looking). Pass the last one of a page as `startId` to get the next page.
             * @example db72b72a-8b47-4801-82f7-c948a386a579
             */
            userId: string;
            /** @description First name. Null is inferred (anonymous web-chat users often have no name). */
            firstName: string | null;
            /** @description Last name. Null is inferred, as for `firstName`. */
            lastName: string | null;
            /**
             * @description Time of the user's last interaction, in the form `yyyy-MM-dd HH:mm:ss.f` (Java `Timestamp`
             *     style): a space instead of `T`, no time-zone designator, and a fraction of variable length
             *     (`.0`, `.5`, `.25`). Not ISO 8601. The time is assumed to be UTC (inferred, unverified): to get
             *     ISO 8601, replace the space with `T` and append `Z`.
             * @example 2020-03-17 16:54:06.0
             */
            lastInteractionTime: string;
            /**
             * @description The context parameters set for the user, a free-form map. The documented example stores them flat,
             *     with dotted keys (`"user.company": "Mercury.ai"`); these keys are what a `Filter.field` and a
             *     `sortBy` entry name. Values may be any JSON value.
             * @example {
             *       "user.locale": "de",
             *       "user.firstName": "John",
             *       "user.lastName": "Doe",
             *       "user.company": "Mercury.ai"
             *     }
             */
            properties: {
                [key: string]: unknown;
            };
        };
        /**
         * @description One filter definition inside the JSON-encoded `filters` query parameter. How several filters combine is
         *     not documented (inferred: all must hold, AND). The docs list the four properties without saying which
         *     are required; all four are required here (inferred): the client's filter check refuses a filter
         *     missing any of them with a `ValidationError` before sending, so a malformed filter never reaches the
         *     server. If a unary operator (such as `exists`) turns out to omit `value`, relax both.
         */
        Filter: {
            /**
             * @description `include` keeps the users that match the filter, `exclude` those that do not.
             * @enum {string}
             */
            mode: "include" | "exclude";
            /**
             * @description The user property to test, as a dotted key of `BotUser.properties` (e.g. `user.company`).
             * @example user.company
             */
            field: string;
            /**
             * @description The comparison operator. The allowed set depends on the field's datatype; the table that lists it
             *     could not be found. Known value: `=`. Plausible others, all unverified: `!=`, `<`, `<=`, `>`, `>=`
             *     (numbers, dates), `contains`, `startsWith` (strings), `exists`.
             * @example =
             */
            operator: string;
            /**
             * @description The value to compare with (a string in the documented example; other scalars inferred).
             * @example Mercury.ai
             */
            value: string | number | boolean | null;
        };
        /**
         * @description Inferred error body. The docs say only that errors use the matching HTTP status code; the body is
         *     assumed to mirror the success envelope, `{"success": false, …}`, with a human `message` and/or an
         *     `error` field. Field names are unknown, so any other member is allowed. (The Java-style timestamps hint
         *     at a Java backend; unhandled errors may instead look like Spring's `{timestamp, status, error, message,
         *     path}`, which this schema also accepts.)
         */
        ErrorEnvelope: {
            /** @description `false` on an error (inferred). */
            success?: boolean;
            /** @description Human-readable message (inferred name). */
            message?: string;
            /** @description An error code, reason or object (inferred name and type). */
            error?: string | Record<string, never>;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A webhook event. Only the `ping` event, sent when an endpoint is created, is known:
         *     `{"type": "ping"}`. Other events (messages received / sent, handover session opened, NLU training
         *     status) exist, but their type names and fields were not captured, so any other member is allowed.
         */
        BotEvent: {
            /**
             * @description The event type. An open set: known value `ping`; the names of the message, handover and NLU training
             *     events are not documented.
             * @example ping
             */
            type?: string;
        } & {
            [key: string]: unknown;
        };
    };
    responses: {
        /**
         * @description An error. The status is the matching HTTP status code (documented); the body is inferred (see
         *     `ErrorEnvelope`). Likely: 400 malformed `filters` / bad operator / unsigned `sortBy` entry; 401 missing
         *     or invalid key; 403 key lacks access to the project or stage; 404 unknown project; 5xx.
         */
        Error: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type BotUserListResponse = components['schemas']['BotUserListResponse'];
export type BotUserList = components['schemas']['BotUserList'];
export type BotUser = components['schemas']['BotUser'];
export type Filter = components['schemas']['Filter'];
export type ErrorEnvelope = components['schemas']['ErrorEnvelope'];
export type BotEvent = components['schemas']['BotEvent'];
export type ResponseError = components['responses']['Error'];
export type $defs = Record<string, never>;
export interface operations {
    listBotUsers: {
        parameters: {
            query?: {
                /**
                 * @description Only return the users of these stages. Sent as one comma-separated value
                 *     (`stageIds=a,b`), not as repeated parameters. Omitted: users of all stages (inferred).
                 * @example [
                 *       "a6819263-73f9-48db-969f-ee9d7241d7b6",
                 *       "0f954369-16e8-4d18-915a-7be2dc458714"
                 *     ]
                 */
                stageIds?: readonly string[];
                /**
                 * @description A JSON-encoded array of `Filter` objects: the client JSON-stringifies the array, then URL-encodes
                 *     that text once. Even in the documentation's own example this is a string, not an array. How several
                 *     filters combine is not documented (inferred: AND).
                 * @example [{"mode":"include","field":"user.company","operator":"=","value":"Mercury.ai"}]
                 */
                filters?: string | readonly components["schemas"]["Filter"][];
                /**
                 * @description Comma-separated list of properties to sort by; every entry must start with `+` (ascending) or `-`
                 *     (descending), e.g. `+user.lastName,+user.firstName`. In a query string a literal `+` means a space,
                 *     so the sign must be sent percent-encoded as `%2B` (`sortBy=%2Buser.lastName%2C%2Buser.firstName`).
                 *     The default order when omitted is not documented. The client also takes the keys as
                 *     `[{ field, order: "asc" | "desc" }]` and writes them this way.
                 * @example +user.lastName,+user.firstName
                 */
                sortBy?: string | readonly {
                    /** @description A property to sort by, e.g. `user.lastName`. */
                    field: string;
                    /** @enum {string} */
                    order: "asc" | "desc";
                }[];
                /**
                 * @description The user id to start from (keyset cursor): pass the last `userId` of the previous page. Whether the
                 *     page starts with that user itself (inclusive) is not documented; assumed inclusive.
                 * @example db82a72a-8b47-4821-82e7-c948a786a686
                 */
                startId?: string;
                /**
                 * @description The maximal number of users to return. Default 50; the maximum is not documented. The minimum of 1 is inferred: a smaller value is refused with a `ValidationError` before sending (what the server does with `limit=0` is unknown).
                 * @example 10
                 */
                limit?: number;
            };
            header?: never;
            path: {
                /**
                 * @description The bot project's id (UUID-looking).
                 * @example 3f2b8c1e-9d4a-4e6b-8f10-2a3b4c5d6e7f
                 */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The users (possibly none) matching the parameters. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BotUserListResponse"];
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    botEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description `t=<unix seconds>,sig=<hex>` where `sig = hex(HMAC-SHA256(sharedKey, "<t>:<raw body>"))`.
                 * @example t=1608018514,sig=62409284764c1da82a199b7284f3d7d48f76d518198d2c85a974ef6949acc5f3
                 */
                "x-hub-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BotEvent"];
            };
        };
        responses: {
            /** @description Acknowledged. Must be returned within 2 seconds. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Any other status, or no answer within 2 seconds: Mercury retries (every few seconds for at least a
             *     minute, then every 5 minutes for 24 hours) and then disables the endpoint.
             */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
