// generated — do not edit. Source: specs/isnotai/openapi.yaml; run `pnpm generate`.
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness probe
         * @description Unauthenticated. Returns a bare object, not wrapped in `data`, and never the error envelope.
         *     A key sent here is ignored.
         *
         *     Unconfirmed: `status` values other than `healthy` (e.g. `degraded`) are unknown; whether
         *     `/health` counts against the edge rate limit is unknown.
         */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Aggregated metrics for the key's integration
         * @description Summary counters, a time series, bot-detection and user-matching breakdowns, top origins
         *     and device breakdown over a window.
         *
         *     Documented: `period` (24h, 7d, 30d, 90d; default 7d) and `groupBy` (hour, day, week;
         *     default day); the provider states both only in prose, the `enum`/`default` keywords are
         *     ours. Declared statuses 200, 400, 401.
         *
         *     Unconfirmed: how a `period` longer than the tier's history window behaves (probably a
         *     truncated or zero-filled series, not an error); whether `userMatching.matchRate` is a 0-1
         *     fraction or a percent; whether `topOrigins[].botPercentage` is 0-100 or 0-1; the keys of
         *     `deviceBreakdown.browserCounts` (taken to be browser names).
         */
        get: operations["getAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/courses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * LMS courses derived from session URLs
         * @description Lists the LMS courses whose ids were extracted from the page URLs of tracked sessions.
         *
         *     Mostly unconfirmed: only the summary of this operation could be read. The operationId is
         *     inferred from the docs URL slug. Parameters, declared statuses and the item schema are
         *     unknown. Pagination is **inferred**: the docs say every list endpoint shares one cursor
         *     envelope (`{data, pagination}`) and one pair of parameters (`cursor`, `pageSize`), so both
         *     are declared here and `Course` is left open. The page size is clamped to the plan's cap
         *     (Free 50, Pro and Enterprise 100) without an error; the size used is in `pagination.limit`.
         */
        get: operations["listCourses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The integration this key resolves to
         * @description Returns the integration (account) the presented key is bound to, including the masked key
         *     (`apiKeyMasked`, documented on the authentication page).
         *
         *     Unconfirmed: the operationId is inferred from the docs URL slug; the `data` wrapper is
         *     inferred from the other single-object endpoints; every field other than `apiKeyMasked` is
         *     unknown, so `Integration` is left open. Declared statuses are unknown.
         */
        get: operations["getIntegration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Paged list of tracking sessions
         * @description Sessions of the key's integration, filtered by status, bot verdict and creation time.
         *     Cursor-paginated. `pageSize` is clamped to the plan's cap (Free 50, Pro and Enterprise
         *     100) without an error; the size actually used is in `pagination.limit`. A `startDate`
         *     before the tier's history window (Free 7 days, Pro 30 days, Enterprise up to 7 years)
         *     gives an empty page, not an error.
         *
         *     Documented: parameters, 200/400/401. `botOnly=true` keeps sessions with `botScore >= 0.7`.
         *     `startDate`/`endDate` bound the creation time, both inclusive.
         *
         *     Unconfirmed: the operationId (from the docs URL slug); the sort order; the status values
         *     beyond `active` and `closed`; the response to `startDate` after `endDate` (probably 400);
         *     whether date-only values are accepted; the lifetime of a cursor and the error for a stale
         *     one (probably 400); whether a cursor may be reused with different filters (keep them
         *     identical while paging).
         */
        get: operations["listSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One session
         * @description One session of the key's integration, wrapped in `data`.
         *
         *     Documented: 200, 401, 404. The errors page says a session that belongs to another
         *     integration gives 403, but this operation does not declare 403; whether the server sends
         *     403 or 404 in that case is unconfirmed. The operationId is inferred from the docs URL slug.
         */
        get: operations["getSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{sessionId}/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Timeline, event counts and page history of a session
         * @description Detail view of one session, wrapped in `data`.
         *
         *     Documented: 200, 401, 404 and 503 (the detail store may be unavailable; retry with
         *     backoff). The fields `sessionId`, `startTime`, `endTime`, `durationSeconds`,
         *     `eventCounts` and `timeline` come from a truncated docs example.
         *
         *     Unconfirmed: everything after the truncation point. Timeline entries carry a further field
         *     whose name begins with `domi` (probably `dominantEventType`), and a page-history array
         *     probably follows; both pass through as additional properties until confirmed. 403 for
         *     another integration's session is documented globally, not declared. The operationId is
         *     inferred from the docs URL slug.
         */
        get: operations["getSessionDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{sessionId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Paged event metadata of a session
         * @description Event metadata (not payloads) of one session. Cursor-paginated. Unlike the other lists,
         *     the default page size is **100**, which the plan's cap then clamps (Free 50, Pro and
         *     Enterprise 100) without an error, so a Free key gets 50 by default; the size used is in
         *     `pagination.limit`. Unlike every other endpoint, the time filters and
         *     `SessionEvent.timestamp` are **Unix epoch milliseconds**, not ISO strings.
         *
         *     Documented: parameters, 200, 400, 401, 404.
         *
         *     Unconfirmed: the operationId (from the docs URL slug); the sort order (presumably by
         *     timestamp); the full event-type vocabulary; the response to `startTime` after `endTime`;
         *     cursor lifetime. 403 for another integration's session is documented globally, not
         *     declared.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * High-level integration counters
         * @description High-level counters of the key's integration.
         *
         *     Mostly unconfirmed: only the summary could be read. The operationId is inferred from the
         *     docs URL slug, the `data` wrapper from the other single-object endpoints; parameters,
         *     declared statuses and the fields of `Stats` are unknown, so `Stats` is left open.
         */
        get: operations["getStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your API consumption over a date range
         * @description Usage data points per period and totals. The body is a top-level report, **not** wrapped
         *     in `data`, and `data` is an array without `pagination`: this is not a paginated list.
         *
         *     Documented: `startDate` (default 30 days before `endDate`) and `endDate` (default today,
         *     UTC), both inclusive; `metric` is one of ApiCalls, Events, Sessions, StorageBytes,
         *     BotAnalyses, matched case-insensitively; 200, 400, 401.
         *
         *     Unconfirmed: the provider types the date parameters `date-time` but describes them as
         *     ISO-8601 dates (this spec says `date`); the response `startDate`/`endDate` carry no format
         *     (probably `YYYY-MM-DD`); the granularity of `period`; the keys of `totals` (taken to be
         *     metric types); what an omitted `metric` returns (presumably every metric). The operationId
         *     is inferred from the docs URL slug.
         */
        get: operations["getUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * LMS users correlated with sessions
         * @description LMS users of the key's integration with their session and bot-score aggregates.
         *     Cursor-paginated. `pageSize` is clamped to the plan's cap (Free 50, Pro and Enterprise
         *     100) without an error; the size actually used is in `pagination.limit`.
         *
         *     Documented: `pageSize`, `cursor`, `search` (case-insensitive substring of `userId` or
         *     `userName`); 200 and 401 only (no 400 is declared).
         *
         *     Unconfirmed: the operationId (from the docs URL slug); the sort order; the response to an
         *     invalid `pageSize` (no 400 is declared); the values of `riskLevel` (not documented; low/medium/high
         *     are plausible);
         *     the length and bucket size of `sparkline`; the threshold behind `botSessionCount`
         *     (probably `botScore >= 0.7`) and `mediumSessionCount`.
         */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{userId}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Paged sessions of one LMS user
         * @description Sessions matched to one LMS user. Cursor-paginated. `pageSize` is clamped to the plan's
         *     cap (Free 50, Pro and Enterprise 100) without an error; the size actually used is in
         *     `pagination.limit`.
         *
         *     Documented: `userId` (the value of `Session.userId`), `pageSize`, `cursor`; 200, 400,
         *     401; no 404 is declared, so an unknown user presumably gives an empty page.
         *
         *     Unconfirmed: the response schema could not be read. It is inferred to be the same
         *     `{data: Session[], pagination}` envelope as `listSessions` (the page is titled
         *     "paginated", the path parameter refers to `PublicSession.userId`, and every list is said
         *     to share one envelope); it may also echo `userId` at top level, so `UserSessionList`
         *     allows extra properties. The operationId is inferred from the docs URL slug.
         */
        get: operations["getUserSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The error body of every non-2xx response except `/health`. */
        ErrorEnvelope: {
            error: components["schemas"]["ErrorDetail"];
        };
        /** @description The `error` member of an `ErrorEnvelope`. */
        ErrorDetail: {
            /**
             * @description Stable identifier; never changes meaning within v1, but new codes may be added (open
             *     set). Confirmed: `INVALID_API_KEY` (401). Placeholders used in examples, not confirmed:
             *     `VALIDATION_ERROR`, `NOT_FOUND`, `FORBIDDEN`, `RATE_LIMITED`, `SERVICE_UNAVAILABLE`.
             * @example INVALID_API_KEY
             */
            code: string;
            /** @description Human-readable text. The wording may change; do not match on it. */
            message: string;
            /**
             * @description Free-form. Validation errors name the offending field here (`{"field": "pageSize"}`);
             *     most other errors leave it out. Nullable (inferred), unlike the other nested objects: the
             *     docs say other errors leave it out, and the ASP.NET-style backend may send that as `null`
             *     rather than omit it; an error body must never be rejected for it.
             */
            details?: {
                [key: string]: unknown;
            } | null;
        };
        /** @description Cursor state shared by every paginated list. */
        Pagination: {
            /**
             * @description Opaque token for the next page. Present whenever `hasMore` is true; on the last page it
             *     may be absent or an empty string (null accepted too). Only `hasMore` is authoritative.
             */
            nextCursor?: string | null;
            /** @description False means this is the last page. The only reliable end signal. */
            hasMore: boolean;
            /**
             * Format: int32
             * @description The page size the server actually used, after clamping to the plan's cap (Free 50, Pro
             *     and Enterprise 100). May be lower than the `pageSize` requested.
             */
            limit?: number | null;
        };
        /** @description Bare health body (no `data` wrapper). */
        HealthResponse: {
            /**
             * @description `healthy` when up. Other values are unconfirmed (open set).
             * @example healthy
             */
            status?: string | null;
            /** @description API build version, four-part (e.g. `1.0.17.0`). */
            version?: string | null;
            /**
             * Format: date-time
             * @description Server time. Real responses use 7 fractional digits and a `+00:00` offset; `Z` also occurs.
             */
            timestamp?: string | null;
        };
        /**
         * @description An LMS user correlated with sessions (`UserSummary` in the provider's docs). Field types
         *     are documented; meanings beyond the names are mostly inferred.
         */
        User: {
            /** @description LMS user id, provider-neutral (e.g. `canvas:50117`); the same value as `Session.userId`. */
            userId: string;
            /** @description Display name from the LMS. */
            userName?: string | null;
            /**
             * Format: int32
             * @description Total sessions of this user.
             */
            sessionCount?: number | null;
            /**
             * Format: int32
             * @description Sessions judged bot (probably `botScore >= 0.7`; inferred).
             */
            botSessionCount?: number | null;
            /**
             * Format: int32
             * @description Sessions with a medium-risk score (threshold unconfirmed).
             */
            mediumSessionCount?: number | null;
            /**
             * Format: double
             * @description Mean bot score, on the 0-1 scale (range inferred from the 0.7 bot threshold).
             */
            averageBotScore?: number | null;
            /**
             * Format: double
             * @description Highest bot score, 0-1 (inferred).
             */
            maxBotScore?: number | null;
            /**
             * Format: int32
             * @description Distinct devices seen.
             */
            deviceCount?: number | null;
            /** Format: date-time */
            firstSeen?: string | null;
            /** Format: date-time */
            lastSeen?: string | null;
            /**
             * @description Risk band. Values are not documented; `low`, `medium` and `high` are plausible (open set).
             * @example low
             * @example medium
             * @example high
             */
            riskLevel?: string | null;
            /** @description Small activity series. Its length and bucket size are not documented (the project's own test vectors use 7 values, which says nothing about the provider). */
            sparkline?: number[];
            /** @description A URL for the user, probably the LMS profile (inferred). Not typed as a URI by the provider. */
            userUrl?: string | null;
        };
        /** @description One page of `listUsers` (`UserListResponse` in the provider's docs). */
        UserList: {
            data: components["schemas"]["User"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @description A tracking session (`PublicSession` in the provider's docs). */
        Session: {
            /** @description Session id. Format not documented; seen values are UUIDs. */
            id: string;
            /** Format: date-time */
            createdAt?: string | null;
            /** Format: date-time */
            updatedAt?: string | null;
            /**
             * @description Session status. Known values `active`, `closed`; no enum is declared (open set).
             * @example active
             * @example closed
             */
            status?: string | null;
            /**
             * Format: double
             * @description Bot score, 0-1 (range inferred); `>= 0.7` counts as bot (documented).
             */
            botScore?: number | null;
            /**
             * @description Detection signals that fired. Vocabulary not documented (open set).
             * @example [
             *       "webdriver_present",
             *       "synthetic_mouse_path"
             *     ]
             */
            detectionFlags?: string[];
            /** @description URL of the page where the tracking pixel ran; course ids are derived from these. */
            pageUrl?: string | null;
            /** @description Short user-agent description (e.g. `Chrome 126 on Linux`). */
            userAgentSummary?: string | null;
            /** @description Matched LMS user id; absent or null when no user was matched (inferred). */
            userId?: string | null;
            /** @description Matched LMS user's display name; absent or null when no user was matched (inferred). */
            userName?: string | null;
            /** @description Matched LMS user's URL; absent or null when no user was matched (inferred). */
            userUrl?: string | null;
        };
        /** @description One page of `listSessions` (`SessionListResponse` in the provider's docs). */
        SessionList: {
            data: components["schemas"]["Session"][];
            pagination: components["schemas"]["Pagination"];
        };
        /**
         * @description One page of `getUserSessions` (`UserSessionsResponse` in the provider's docs). The shape is
         *     inferred to equal `SessionList`; extra top-level members (perhaps an echoed `userId`) are
         *     allowed until the real schema is confirmed.
         */
        UserSessionList: {
            data: components["schemas"]["Session"][];
            pagination: components["schemas"]["Pagination"];
        } & {
            [key: string]: unknown;
        };
        /** @description Body of `getSession`. */
        SessionResponse: {
            data: components["schemas"]["Session"];
        };
        /**
         * @description Detail view of a session. Known fields come from a truncated docs example; further fields
         *     (probably a page history) are allowed until confirmed.
         */
        SessionDetails: {
            sessionId?: string | null;
            /** Format: date-time */
            startTime?: string | null;
            /**
             * Format: date-time
             * @description Null or absent while a session is still active (inferred).
             */
            endTime?: string | null;
            durationSeconds?: number | null;
            eventCounts?: components["schemas"]["EventCounts"];
            timeline?: components["schemas"]["TimelineEntry"][];
        } & {
            [key: string]: unknown;
        };
        /** @description Event counts of a session by kind. The integer width is not documented. */
        EventCounts: {
            total?: number | null;
            mouse?: number | null;
            scroll?: number | null;
            keyboard?: number | null;
            touch?: number | null;
            form?: number | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description One bucket of a session's timeline. The docs example is cut off after a field whose name
         *     begins with `domi` (probably `dominantEventType`); it passes through until confirmed.
         */
        TimelineEntry: {
            /** Format: date-time */
            timestamp?: string | null;
            eventCount?: number | null;
        } & {
            [key: string]: unknown;
        };
        /** @description Body of `getSessionDetails`. */
        SessionDetailsResponse: {
            data: components["schemas"]["SessionDetails"];
        };
        /** @description Metadata of one event of a session (`EventMeta` in the provider's docs); no payload. */
        SessionEvent: {
            /** @description Event id, opaque. */
            eventId: string;
            /**
             * Format: int32
             * @description Message-type byte (the numeric form of `eventTypeName`).
             */
            messageId?: number | null;
            /**
             * @description Short event-type name (e.g. `init`, `mouse_move`, `keypress`); open set.
             * @example mouse_move
             */
            eventTypeName?: string | null;
            /**
             * Format: int64
             * @description Unix epoch milliseconds.
             */
            timestamp?: number | null;
            /**
             * Format: int32
             * @description Size of the event payload, presumably in bytes.
             */
            payloadSize?: number | null;
        };
        /** @description One page of `listEvents`. */
        SessionEventList: {
            data: components["schemas"]["SessionEvent"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @description Aggregated metrics of the integration (`AnalyticsData` in the provider's docs). */
        Analytics: {
            /** @description Echo of the requested window (`24h`, `7d`, `30d`, `90d`). */
            period?: string | null;
            /** @description Echo of the requested bucket (`hour`, `day`, `week`). */
            groupBy?: string | null;
            /** Format: date-time */
            startDate?: string | null;
            /** Format: date-time */
            endDate?: string | null;
            /** Format: date-time */
            generatedAt?: string | null;
            summary?: components["schemas"]["AnalyticsSummary"];
            timeSeries?: components["schemas"]["TimeSeriesPoint"][];
            botDetection?: components["schemas"]["BotDetection"];
            userMatching?: components["schemas"]["UserMatching"];
            topOrigins?: components["schemas"]["OriginStat"][];
            deviceBreakdown?: components["schemas"]["DeviceBreakdown"];
        };
        AnalyticsSummary: {
            /** Format: int32 */
            totalSessions?: number | null;
            /** Format: int32 */
            totalEvents?: number | null;
            /** Format: int32 */
            uniqueBots?: number | null;
            /** Format: int32 */
            uniqueUsers?: number | null;
            /** Format: double */
            averageBotScore?: number | null;
            /** Format: double */
            averageEventsPerSession?: number | null;
        };
        TimeSeriesPoint: {
            /**
             * Format: date-time
             * @description Start of the bucket.
             */
            timestamp?: string | null;
            /** Format: int32 */
            sessionCount?: number | null;
            /** Format: int32 */
            eventCount?: number | null;
            /** Format: int32 */
            botCount?: number | null;
            /** Format: int32 */
            userMatchedCount?: number | null;
        };
        BotDetection: {
            /** Format: int32 */
            highConfidenceBots?: number | null;
            /** Format: int32 */
            mediumConfidenceBots?: number | null;
            /** Format: int32 */
            lowConfidenceBots?: number | null;
            /** Format: int32 */
            likelyHumans?: number | null;
        };
        UserMatching: {
            /** Format: int32 */
            totalMatched?: number | null;
            /** Format: int32 */
            totalUnmatched?: number | null;
            /**
             * Format: double
             * @description Share of sessions matched to a user; 0-1 fraction or percent is unconfirmed.
             */
            matchRate?: number | null;
            /** Format: double */
            averageCorrelationConfidence?: number | null;
        };
        OriginStat: {
            /** @description Scheme and host where sessions ran. */
            origin?: string | null;
            /** Format: int32 */
            sessionCount?: number | null;
            /**
             * Format: double
             * @description Share of bot sessions; 0-100 by its name, unconfirmed.
             */
            botPercentage?: number | null;
        };
        DeviceBreakdown: {
            /** Format: int32 */
            mobile?: number | null;
            /** Format: int32 */
            tablet?: number | null;
            /** Format: int32 */
            desktop?: number | null;
            /** @description Free-form in the provider's spec; taken to map browser name to session count. */
            browserCounts?: {
                [key: string]: number;
            };
        };
        /** @description Body of `getAnalytics`. */
        AnalyticsResponse: {
            data: components["schemas"]["Analytics"];
        };
        /** @description Body of `getUsage`: a top-level report, not wrapped in `data`, and not paginated. */
        UsageReport: {
            /** @description First day covered, probably `YYYY-MM-DD` (the provider gives no format). */
            startDate?: string | null;
            /** @description Last day covered, probably `YYYY-MM-DD` (the provider gives no format). */
            endDate?: string | null;
            data: components["schemas"]["UsageEntry"][];
            /** @description Free-form in the provider's spec; taken to map metric type to its total. */
            totals?: {
                [key: string]: number;
            };
        };
        /** @description One usage data point (`UsageDataPoint` in the provider's docs). */
        UsageEntry: {
            /** @description The period this value covers (a day, `YYYY-MM-DD`, in the examples). */
            period?: string | null;
            /**
             * @description Canonical metric name (`ApiCalls`, `Events`, `Sessions`, `StorageBytes`, `BotAnalyses`).
             * @example ApiCalls
             */
            metricType?: string | null;
            /** Format: int64 */
            value?: number | null;
        };
        /**
         * @description An LMS course derived from session page URLs. Its fields are not documented; the schema is
         *     open until the real shape is confirmed.
         */
        Course: {
            [key: string]: unknown;
        };
        /** @description One page of `listCourses` (envelope inferred from the shared list envelope). */
        CourseList: {
            data: components["schemas"]["Course"][];
            pagination: components["schemas"]["Pagination"];
        };
        /**
         * @description The integration (account) a key is bound to. Only `apiKeyMasked` is documented; the schema
         *     is open until the real shape is confirmed.
         */
        Integration: {
            /** @description The key in the masked form the dashboard shows after creation. */
            apiKeyMasked?: string | null;
        } & {
            [key: string]: unknown;
        };
        /** @description Body of `getIntegration` (the `data` wrapper is inferred). */
        IntegrationResponse: {
            data: components["schemas"]["Integration"];
        };
        /** @description High-level counters of the integration. Fields not documented; open until confirmed. */
        Stats: {
            [key: string]: unknown;
        };
        /** @description Body of `getStats` (the `data` wrapper is inferred). */
        StatsResponse: {
            data: components["schemas"]["Stats"];
        };
    };
    responses: {
        /**
         * @description Malformed or invalid request; `error.details` usually names the offending field. The code
         *     string is unconfirmed (`VALIDATION_ERROR` is a placeholder).
         */
        BadRequest: {
            headers: {
                "x-isnotai-tier": components["headers"]["XIsnotaiTier"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /**
         * @description Missing, malformed, unknown or wrong-region key. `error.code` is always `INVALID_API_KEY`.
         *     No `x-isnotai-tier` header.
         */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Resource not found. The code string is unconfirmed (`NOT_FOUND` is a placeholder). */
        NotFound: {
            headers: {
                "x-isnotai-tier": components["headers"]["XIsnotaiTier"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /**
         * @description Rate window exhausted (Free 60, Pro 600, Enterprise 6,000 requests per minute). Documented
         *     for the whole API although no operation declares it. The code string is unconfirmed
         *     (`RATE_LIMITED` is a placeholder); the body is presumed to be the error envelope.
         */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /**
         * @description A backing store is temporarily unavailable; safe to retry with backoff. The code string is
         *     unconfirmed (`SERVICE_UNAVAILABLE` is a placeholder).
         */
        ServiceUnavailable: {
            headers: {
                "x-isnotai-tier": components["headers"]["XIsnotaiTier"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /**
         * @description Any other error in the standard envelope: 400, 403 (a resource of another integration), 404,
         *     429, 5xx, whether or not the operation declares it.
         */
        Error: {
            headers: {
                "x-isnotai-tier": components["headers"]["XIsnotaiTier"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
    };
    parameters: {
        /**
         * @description Opaque continuation token from the previous page's `pagination.nextCursor`. Omit it for the
         *     first page. Do not decode it; keep every other filter identical while paging. Lifetime
         *     unconfirmed.
         */
        Cursor: string;
        /**
         * @description Page size, 1 to 100, default 50. The maximum depends on the integration's plan tier: Free
         *     50, Pro and Enterprise 100. A larger value is clamped to the tier cap, not rejected; the
         *     size actually used is returned in `pagination.limit`. The provider states the range and
         *     default only in prose; the schema keywords are ours.
         */
        PageSize: number;
        /**
         * @description Page size, 1 to 100, default **100** (unlike the other lists). The tier cap then applies:
         *     Free 50, Pro and Enterprise 100. A larger value is clamped, not rejected, so a Free key gets
         *     50 by default; the size actually used is returned in `pagination.limit`.
         */
        EventsPageSize: number;
        /** @description Session id (`Session.id`). Its format is not documented; seen values are UUIDs. */
        SessionId: string;
        /**
         * @description LMS user id, the same value as `Session.userId` and `User.userId`. URL-encode it: LMS ids
         *     can contain `:`, `@` or `/`.
         */
        UserId: string;
        /** @description Case-insensitive substring match against `userId` or `userName`. */
        Search: string;
        /**
         * @description Filter by session status. Known values: `active`, `closed`. No enum is declared by the
         *     provider; the set may be larger.
         */
        SessionStatus: string;
        /** @description When true, only sessions with `botScore >= 0.7`. Treated as false when omitted (inferred). */
        BotOnly: boolean;
        /**
         * @description Sessions created at or after this instant (inclusive), ISO-8601. A value before the tier's
         *     history window gives an empty page, not an error.
         */
        SessionStartDate: string;
        /** @description Sessions created at or before this instant (inclusive), ISO-8601. */
        SessionEndDate: string;
        /**
         * @description Analytics window. One of `24h`, `7d`, `30d`, `90d`; default `7d`. The provider types it as
         *     a plain string and lists the values in prose; other values give 400.
         */
        Period: "24h" | "7d" | "30d" | "90d";
        /**
         * @description Time-series bucket. One of `hour`, `day`, `week`; default `day`. Values and default are
         *     stated in prose only; other values give 400.
         */
        GroupBy: "hour" | "day" | "week";
        /**
         * @description Event type: the message-type byte in decimal or hex (`1`, `0x01`) or a short name (`init`,
         *     `mouse_move`, `keypress`). The full vocabulary is not documented.
         */
        EventType: string;
        /** @description Lower bound on the event timestamp, Unix epoch milliseconds, inclusive. */
        EventStartTime: number;
        /** @description Upper bound on the event timestamp, Unix epoch milliseconds, inclusive. */
        EventEndTime: number;
        /**
         * @description First day of the report, inclusive, ISO-8601 date (`YYYY-MM-DD`). Default: 30 days before
         *     `endDate`. The provider's schema says `date-time` while its text says date; a full
         *     timestamp is probably accepted too.
         */
        UsageStartDate: string;
        /**
         * @description Last day of the report, inclusive, ISO-8601 date (`YYYY-MM-DD`). Default: today (UTC).
         *     Same format caveat as `startDate`.
         */
        UsageEndDate: string;
        /**
         * @description One of `ApiCalls`, `Events`, `Sessions`, `StorageBytes`, `BotAnalyses`, matched
         *     case-insensitively (`apicalls` works). Other values give 400. Not an `enum` here because a
         *     case-sensitive enum would reject spellings the server accepts.
         */
        UsageMetric: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Plan tier of the integration the key belongs to. Sent on every response to a request that
         *     authenticated, whatever the status (including 4xx validation errors and 5xx after
         *     authentication). Absent on the 401 for failed authentication, and probably on edge 429s.
         *     Known values: `free`, `pro`, `enterprise` (kept open).
         */
        XIsnotaiTier: string;
        /**
         * @description Sent with a 429 when the edge can compute one; otherwise back off exponentially. Whether it
         *     holds delta-seconds or an HTTP date is unconfirmed: parse both.
         */
        RetryAfter: string;
    };
    pathItems: never;
}
export type ErrorEnvelope = components['schemas']['ErrorEnvelope'];
export type ErrorDetail = components['schemas']['ErrorDetail'];
export type Pagination = components['schemas']['Pagination'];
export type HealthResponse = components['schemas']['HealthResponse'];
export type User = components['schemas']['User'];
export type UserList = components['schemas']['UserList'];
export type Session = components['schemas']['Session'];
export type SessionList = components['schemas']['SessionList'];
export type UserSessionList = components['schemas']['UserSessionList'];
export type SessionResponse = components['schemas']['SessionResponse'];
export type SessionDetails = components['schemas']['SessionDetails'];
export type EventCounts = components['schemas']['EventCounts'];
export type TimelineEntry = components['schemas']['TimelineEntry'];
export type SessionDetailsResponse = components['schemas']['SessionDetailsResponse'];
export type SessionEvent = components['schemas']['SessionEvent'];
export type SessionEventList = components['schemas']['SessionEventList'];
export type Analytics = components['schemas']['Analytics'];
export type AnalyticsSummary = components['schemas']['AnalyticsSummary'];
export type TimeSeriesPoint = components['schemas']['TimeSeriesPoint'];
export type BotDetection = components['schemas']['BotDetection'];
export type UserMatching = components['schemas']['UserMatching'];
export type OriginStat = components['schemas']['OriginStat'];
export type DeviceBreakdown = components['schemas']['DeviceBreakdown'];
export type AnalyticsResponse = components['schemas']['AnalyticsResponse'];
export type UsageReport = components['schemas']['UsageReport'];
export type UsageEntry = components['schemas']['UsageEntry'];
export type Course = components['schemas']['Course'];
export type CourseList = components['schemas']['CourseList'];
export type Integration = components['schemas']['Integration'];
export type IntegrationResponse = components['schemas']['IntegrationResponse'];
export type Stats = components['schemas']['Stats'];
export type StatsResponse = components['schemas']['StatsResponse'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseServiceUnavailable = components['responses']['ServiceUnavailable'];
export type ResponseError = components['responses']['Error'];
export type ParameterCursor = components['parameters']['Cursor'];
export type ParameterPageSize = components['parameters']['PageSize'];
export type ParameterEventsPageSize = components['parameters']['EventsPageSize'];
export type ParameterSessionId = components['parameters']['SessionId'];
export type ParameterUserId = components['parameters']['UserId'];
export type ParameterSearch = components['parameters']['Search'];
export type ParameterSessionStatus = components['parameters']['SessionStatus'];
export type ParameterBotOnly = components['parameters']['BotOnly'];
export type ParameterSessionStartDate = components['parameters']['SessionStartDate'];
export type ParameterSessionEndDate = components['parameters']['SessionEndDate'];
export type ParameterPeriod = components['parameters']['Period'];
export type ParameterGroupBy = components['parameters']['GroupBy'];
export type ParameterEventType = components['parameters']['EventType'];
export type ParameterEventStartTime = components['parameters']['EventStartTime'];
export type ParameterEventEndTime = components['parameters']['EventEndTime'];
export type ParameterUsageStartDate = components['parameters']['UsageStartDate'];
export type ParameterUsageEndDate = components['parameters']['UsageEndDate'];
export type ParameterUsageMetric = components['parameters']['UsageMetric'];
export type HeaderXIsnotaiTier = components['headers']['XIsnotaiTier'];
export type HeaderRetryAfter = components['headers']['RetryAfter'];
export type $defs = Record<string, never>;
export interface operations {
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service is up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
        };
    };
    getAnalytics: {
        parameters: {
            query?: {
                /**
                 * @description Analytics window. One of `24h`, `7d`, `30d`, `90d`; default `7d`. The provider types it as
                 *     a plain string and lists the values in prose; other values give 400.
                 */
                period?: components["parameters"]["Period"];
                /**
                 * @description Time-series bucket. One of `hour`, `day`, `week`; default `day`. Values and default are
                 *     stated in prose only; other values give 400.
                 */
                groupBy?: components["parameters"]["GroupBy"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Analytics for the requested window. */
            200: {
                headers: {
                    "x-isnotai-tier": components["headers"]["XIsnotaiTier"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    listCourses: {
        parameters: {
            query?: {
                /**
                 * @description Page size, 1 to 100, default 50. The maximum depends on the integration's plan tier: Free
                 *     50, Pro and Enterprise 100. A larger value is clamped to the tier cap, not rejected; the
                 *     size actually used is returned in `pagination.limit`. The provider states the range and
                 *     default only in prose; the schema keywords are ours.
                 */
                pageSize?: components["parameters"]["PageSize"];
                /**
                 * @description Opaque continuation token from the previous page's `pagination.nextCursor`. Omit it for the
                 *     first page. Do not decode it; keep every other filter identical while paging. Lifetime
                 *     unconfirmed.
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of courses (shape inferred). */
            200: {
                headers: {
                    "x-isnotai-tier": components["headers"]["XIsnotaiTier"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    getIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key's integration (shape mostly inferred). */
            200: {
                headers: {
                    "x-isnotai-tier": components["headers"]["XIsnotaiTier"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    listSessions: {
        parameters: {
            query?: {
                /**
                 * @description Page size, 1 to 100, default 50. The maximum depends on the integration's plan tier: Free
                 *     50, Pro and Enterprise 100. A larger value is clamped to the tier cap, not rejected; the
                 *     size actually used is returned in `pagination.limit`. The provider states the range and
                 *     default only in prose; the schema keywords are ours.
                 */
                pageSize?: components["parameters"]["PageSize"];
                /**
                 * @description Opaque continuation token from the previous page's `pagination.nextCursor`. Omit it for the
                 *     first page. Do not decode it; keep every other filter identical while paging. Lifetime
                 *     unconfirmed.
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Filter by session status. Known values: `active`, `closed`. No enum is declared by the
                 *     provider; the set may be larger.
                 */
                status?: components["parameters"]["SessionStatus"];
                /** @description When true, only sessions with `botScore >= 0.7`. Treated as false when omitted (inferred). */
                botOnly?: components["parameters"]["BotOnly"];
                /**
                 * @description Sessions created at or after this instant (inclusive), ISO-8601. A value before the tier's
                 *     history window gives an empty page, not an error.
                 */
                startDate?: string | Date;
                /** @description Sessions created at or before this instant (inclusive), ISO-8601. */
                endDate?: string | Date;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of sessions. */
            200: {
                headers: {
                    "x-isnotai-tier": components["headers"]["XIsnotaiTier"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Session id (`Session.id`). Its format is not documented; seen values are UUIDs. */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session. */
            200: {
                headers: {
                    "x-isnotai-tier": components["headers"]["XIsnotaiTier"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    getSessionDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Session id (`Session.id`). Its format is not documented; seen values are UUIDs. */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session's details. */
            200: {
                headers: {
                    "x-isnotai-tier": components["headers"]["XIsnotaiTier"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDetailsResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /**
                 * @description Page size, 1 to 100, default **100** (unlike the other lists). The tier cap then applies:
                 *     Free 50, Pro and Enterprise 100. A larger value is clamped, not rejected, so a Free key gets
                 *     50 by default; the size actually used is returned in `pagination.limit`.
                 */
                pageSize?: components["parameters"]["EventsPageSize"];
                /**
                 * @description Opaque continuation token from the previous page's `pagination.nextCursor`. Omit it for the
                 *     first page. Do not decode it; keep every other filter identical while paging. Lifetime
                 *     unconfirmed.
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Event type: the message-type byte in decimal or hex (`1`, `0x01`) or a short name (`init`,
                 *     `mouse_move`, `keypress`). The full vocabulary is not documented.
                 */
                type?: components["parameters"]["EventType"];
                /** @description Lower bound on the event timestamp, Unix epoch milliseconds, inclusive. */
                startTime?: components["parameters"]["EventStartTime"];
                /** @description Upper bound on the event timestamp, Unix epoch milliseconds, inclusive. */
                endTime?: components["parameters"]["EventEndTime"];
            };
            header?: never;
            path: {
                /** @description Session id (`Session.id`). Its format is not documented; seen values are UUIDs. */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of event metadata. */
            200: {
                headers: {
                    "x-isnotai-tier": components["headers"]["XIsnotaiTier"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionEventList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    getStats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The integration's counters (shape inferred). */
            200: {
                headers: {
                    "x-isnotai-tier": components["headers"]["XIsnotaiTier"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    getUsage: {
        parameters: {
            query?: {
                /**
                 * @description First day of the report, inclusive, ISO-8601 date (`YYYY-MM-DD`). Default: 30 days before
                 *     `endDate`. The provider's schema says `date-time` while its text says date; a full
                 *     timestamp is probably accepted too.
                 */
                startDate?: components["parameters"]["UsageStartDate"];
                /**
                 * @description Last day of the report, inclusive, ISO-8601 date (`YYYY-MM-DD`). Default: today (UTC).
                 *     Same format caveat as `startDate`.
                 */
                endDate?: components["parameters"]["UsageEndDate"];
                /**
                 * @description One of `ApiCalls`, `Events`, `Sessions`, `StorageBytes`, `BotAnalyses`, matched
                 *     case-insensitively (`apicalls` works). Other values give 400. Not an `enum` here because a
                 *     case-sensitive enum would reject spellings the server accepts.
                 */
                metric?: components["parameters"]["UsageMetric"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The usage report. */
            200: {
                headers: {
                    "x-isnotai-tier": components["headers"]["XIsnotaiTier"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /**
                 * @description Page size, 1 to 100, default 50. The maximum depends on the integration's plan tier: Free
                 *     50, Pro and Enterprise 100. A larger value is clamped to the tier cap, not rejected; the
                 *     size actually used is returned in `pagination.limit`. The provider states the range and
                 *     default only in prose; the schema keywords are ours.
                 */
                pageSize?: components["parameters"]["PageSize"];
                /**
                 * @description Opaque continuation token from the previous page's `pagination.nextCursor`. Omit it for the
                 *     first page. Do not decode it; keep every other filter identical while paging. Lifetime
                 *     unconfirmed.
                 */
                cursor?: components["parameters"]["Cursor"];
                /** @description Case-insensitive substring match against `userId` or `userName`. */
                search?: components["parameters"]["Search"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of users. */
            200: {
                headers: {
                    "x-isnotai-tier": components["headers"]["XIsnotaiTier"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    getUserSessions: {
        parameters: {
            query?: {
                /**
                 * @description Page size, 1 to 100, default 50. The maximum depends on the integration's plan tier: Free
                 *     50, Pro and Enterprise 100. A larger value is clamped to the tier cap, not rejected; the
                 *     size actually used is returned in `pagination.limit`. The provider states the range and
                 *     default only in prose; the schema keywords are ours.
                 */
                pageSize?: components["parameters"]["PageSize"];
                /**
                 * @description Opaque continuation token from the previous page's `pagination.nextCursor`. Omit it for the
                 *     first page. Do not decode it; keep every other filter identical while paging. Lifetime
                 *     unconfirmed.
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                /**
                 * @description LMS user id, the same value as `Session.userId` and `User.userId`. URL-encode it: LMS ids
                 *     can contain `:`, `@` or `/`.
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the user's sessions (shape inferred). */
            200: {
                headers: {
                    "x-isnotai-tier": components["headers"]["XIsnotaiTier"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserSessionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
}
