// generated — do not edit. Source: specs/sparkwise/openapi.yaml; run `pnpm generate`.
export interface paths {
    "/clusters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get available session clusters
         * @description Retrieves the session clusters of the organisation, optionally filtered by creation time. Clusters
         *     with self-registration enabled include an iframe embed code for their sign-up form (`iframeCode`);
         *     the others do not.
         *
         *     Documented: the `from`/`to` parameters and their half-open semantics (on the cluster's creation
         *     time), the `{success, data: {items, total}}` body and the cluster fields.
         *
         *     Unconfirmed: the path `/clusters` and the method GET (the docs page does not show them; chosen from
         *     the operation title and the "Clusters" tag); the status code of a rejected window (400 assumed); whether
         *     a date-only value is accepted; whether `iframeCode` is absent or `null` on clusters without
         *     self-registration (both accepted). No paging is documented: every cluster in the window is
         *     returned in one body (`total` is the count).
         */
        get: operations["listClusters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/completions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get session completions
         * @description Retrieves participants' completion data, optionally filtered by the time the session took place
         *     (not the time of the participant's visit). The 200 body is a bare JSON array of `Completion`, with
         *     no `{success, data}` envelope, unlike every other operation.
         *
         *     Documented: the `from`/`to` parameters and their half-open semantics (on the session's date), the
         *     bare array and the completion fields.
         *
         *     Unconfirmed: the path `/completions` and the method GET (not shown on the docs page; chosen from the
         *     title and the "Completions" tag); which session timestamp the window compares (presumably
         *     `sessionScheduledStartAt`); whether errors use the `{success: false, …}` envelope (assumed, so
         *     the error body differs in shape from the success body); the status code of a rejected window;
         *     whether the participant visit timestamps are `null` for a participant who never attended (accepted).
         *     No paging is documented: every completion in the window is returned, so wide windows can be large.
         */
        get: operations["listCompletions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get users
         * @description Retrieves a paginated list of the organisation's users. Pages are numbered from 0.
         *
         *     Documented: `page` (≥ 0, default 0), `pageSize` (1..200, default 200), the `{success, data, error:
         *     null}` envelope and the page object `{items, page, size, next, prev, totalPages, total}` with the user
         *     fields.
         *
         *     Unconfirmed: the path `/users` and the method GET (not shown on the docs page; chosen from the title
         *     and the "Users" tag); the type of `next`/`prev` (only `null` was seen; presumably the neighbouring page
         *     number, so integer and string are both accepted); whether out-of-range `page`/`pageSize` are rejected
         *     with 400 or clamped (`size` reports the size used); what a page past the end returns (an empty
         *     `items` is assumed).
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
    "/users/batch-upsert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Batch upsert users
         * @description Creates or updates 1..200 users of the organisation in one call: users that do not exist are
         *     created, users that exist are updated. When trusted domains are enabled, users not using a trusted
         *     domain are neither created nor updated. The 200 body accounts for every member: `data.success` holds
         *     the users written, `data.failed` the members that were not, each with the reason in `error`.
         *
         *     Documented: the purpose, the trusted-domains rule, the body `{users: UserTemplate[]}` (required,
         *     1..200), the template fields and the `{success, data: {success, failed}, error}` result.
         *
         *     Inferred — everything about the call itself: the path `/users/batch-upsert` and the method POST (not
         *     shown on the docs page); that a member is matched by `remoteId` (the only identifying field of the
         *     documented template; completions also refer to users by `remoteUserId`), which is why `remoteId` is
         *     required here and is the `x-batch` key; the optional `email` field (not in the documented template,
         *     only implied by the trusted-domains rule); the status code of a rejected body (400 assumed). Being an
         *     upsert keyed by `remoteId`, sending the same body again leaves the same state, so it is marked
         *     `x-idempotent` and may be retried.
         */
        post: operations["upsertUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/batch-deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Batch deactivate users
         * @description Deactivates 1..200 users of the organisation in one call.
         *
         *     Documented: the purpose, that the body holds a required array of `UserRef` objects (1..200), and an
         *     error sample `{success: false, error: {message, metadata}, data: null}` shown as the operation's
         *     response sample. The docs' field line reads "required | Array of objects (UserRef) [ 1 .. 200 ] items"
         *     with the property's name lost, and their request sample is an empty `{ }`.
         *
         *     Inferred — everything else about the call: the path `/users/batch-deactivate` and the method POST (not
         *     shown on the docs page); the body `{users: [{remoteId}]}`, a guess: the property name `users` by
         *     analogy with batch upsert and the member key `remoteId` as upsert's identity (a Sparkwise `id` may be
         *     accepted too), so clients should let both names be overridden until they are confirmed; that a
         *     deactivation is soft (the user stays listed with `active: false`) and is undone by an upsert with
         *     `active: true`; the 200 result, assumed to be the same `{success, failed}` shape as upsert (users that
         *     could not be deactivated, e.g. unknown ones, in `failed`), and `data` possibly `null`; the status codes.
         *     Marked `x-idempotent` because deactivating an already inactive user leaves the same state, so a
         *     resend cannot do harm; a resend may, at worst, report such users differently.
         */
        post: operations["deactivateUsers"];
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
        /** @description The structured form of `error`. `message` and `metadata` are documented (in the batch deactivate sample); `code` is not documented and is read only when present. */
        ErrorDetail: {
            /** @description Not documented; an open set if it exists. */
            code?: string;
            /** @example Error message */
            message?: string;
            /** @description Free-form details; its contents are not documented. */
            metadata?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description The `error` member of the envelope: a plain message string or an `ErrorDetail` object. Both forms are accepted because the docs show only the object form and inferred vectors use strings. */
        ErrorValue: string | components["schemas"]["ErrorDetail"];
        /** @description The body of a failed call (documented once, for batch deactivate). Also returned, presumably, by completions on error, although its success body is a bare array. */
        ErrorEnvelope: {
            /**
             * @description `false` on failure.
             * @example false
             */
            success: boolean;
            data?: null;
            error: components["schemas"]["ErrorValue"];
        };
        /** @description A session cluster: a group of sessions of one module that participants can sign up for. */
        Cluster: {
            /**
             * Format: uuid
             * @example e4dba565-5a00-450c-a3ea-3552c42f462c
             */
            clusterId: string;
            /**
             * Format: uuid
             * @example 2e1b0aaa-e0e9-4284-babc-b2a8be20a625
             */
            moduleId?: string;
            /** @example Effective Communication */
            moduleName?: string;
            /**
             * @description Open set of module categories. Seen: `Leadership`, `Teamwork`.
             * @example Leadership
             * @example Teamwork
             */
            moduleCategory?: string;
            /** @description URL of the module's thumbnail image (format not documented). */
            moduleThumbnailUrl?: string;
            moduleDescription?: string;
            /**
             * @description Session duration, presumably in minutes (unit not documented).
             * @example 60
             */
            duration?: number;
            /**
             * @description HTML `<iframe>` embed code of the cluster's sign-up form. Present only on clusters with self-registration enabled; absent (or possibly `null`) on the others. Markup: never render it unsanitised.
             * @example <iframe src="..." width="100%" height="100%"></iframe>
             */
            iframeCode?: string | null;
        };
        /** @description The `data` of a cluster list. Not paged. */
        ClusterList: {
            items: components["schemas"]["Cluster"][];
            /** @description Number of clusters returned. */
            total?: number;
        };
        /** @description `{success, data}`; the documented sample has no `error` member. */
        ClusterListResponse: {
            success: boolean;
            data: components["schemas"]["ClusterList"];
            error?: components["schemas"]["ErrorValue"] | null;
        };
        /** @description One participant's completion record for one session. */
        Completion: {
            /**
             * Format: uuid
             * @example 526dc132-a881-4388-96aa-116db3722d31
             */
            id: string;
            /**
             * @description The participant's `remoteId` (the organisation's own id for the user).
             * @example ext-user-123
             */
            remoteUserId?: string;
            /** Format: uuid */
            clusterId?: string;
            /** Format: uuid */
            moduleId?: string;
            moduleName?: string;
            /** @description Open set of module categories. Seen `Leadership`, `Teamwork`. */
            moduleCategory?: string;
            moduleThumbnailUrl?: string;
            moduleDescription?: string;
            /** @description Session duration, presumably in minutes. */
            duration?: number;
            attended?: boolean;
            /** Format: date-time */
            sessionScheduledStartAt?: string;
            /** Format: date-time */
            sessionScheduledEndAt?: string;
            /**
             * Format: date-time
             * @description Inferred nullable: a participant who never attended has presumably no visit.
             */
            participantFirstVisitedAt?: string | null;
            /**
             * Format: date-time
             * @description Inferred nullable, as `participantFirstVisitedAt`.
             */
            participantLastVisitedAt?: string | null;
            /**
             * @description Minutes the participant spent in the session.
             * @example 53
             */
            timeInSessionMins?: number;
            stepsVisited?: number;
            totalSteps?: number;
            /**
             * @description Share of the session's steps visited, presumably in percent (80 in the documented sample).
             * @example 80
             */
            percentageStepsVisited?: number;
            /**
             * @description Opaque; its purpose is not documented (presumably a change-detection hash for syncing).
             * @example abc123def456
             */
            hash?: string;
        };
        /** @description The 200 body of get session completions. A bare array, not an envelope. */
        CompletionList: components["schemas"]["Completion"][];
        /** @description A user of the organisation as Sparkwise holds it. No email is shown in the documented samples. */
        User: {
            /**
             * @description Sparkwise's id of the user (64 hexadecimal characters in the documented sample).
             * @example 73efc9e34221297a1859a6d1f9e4128f1ea0747093a3777cf6f08b4a679364ce
             */
            id: string;
            firstName?: string;
            lastName?: string;
            /** @description `false` once deactivated (inferred: the docs do not say what deactivation does). */
            active?: boolean;
            /**
             * @description The organisation's own id for the user (the id in the customer's system).
             * @example remote-123
             */
            remoteId?: string;
        };
        /** @description The `data` of a users page. */
        UserPage: {
            items: components["schemas"]["User"][];
            /** @description The page returned (0-indexed; ≥ 0 as the documented `page` parameter). */
            page?: number;
            /** @description The page size used. */
            size?: number;
            /** @description The next page, `null` on the last. Only `null` was seen; presumably the next page number (integer), possibly a URL, so both are accepted. */
            next?: number | string | null;
            /** @description The previous page, `null` on the first. Type unconfirmed, as `next`. */
            prev?: number | string | null;
            totalPages?: number;
            /** @description Total number of users. */
            total?: number;
        };
        UserListResponse: {
            success: boolean;
            data: components["schemas"]["UserPage"];
            error?: components["schemas"]["ErrorValue"] | null;
        };
        /** @description One member of a batch upsert (the docs call it `UserTemplate`). `remoteId` is required here by inference: it is the only identifying field of the documented template. */
        UserTemplate: {
            /** @example John */
            firstName?: string;
            /** @example Doe */
            lastName?: string;
            /** @description `false` creates or leaves the user inactive; `true` (re)activates (inferred: reactivation by upsert is not documented). */
            active?: boolean;
            /**
             * @description The organisation's own id for the user; the member's identity in the batch.
             * @example remote-123
             */
            remoteId: string;
            /** @description Inferred, not in the documented template: the trusted-domains rule implies the server knows each user's email. Name and presence unconfirmed; the server may ignore or reject it. */
            email?: string;
        };
        UpsertUsersRequest: {
            users: components["schemas"]["UserTemplate"][];
        };
        /** @description A reference to one user in a batch deactivate. The name `UserRef` is documented, its fields are not: `remoteId` is inferred (as the upsert's identity), a guess that the client's `deactivateBody.key` option can override; `id` (Sparkwise's id) may be accepted instead. */
        UserRef: {
            /** @example remote-123 */
            remoteId: string;
            id?: string;
        };
        /** @description Inferred: the property name `users` is a guess (the docs lost it; see `deactivateUsers`), which the client's `deactivateBody.property` option can override. */
        DeactivateUsersRequest: {
            users: components["schemas"]["UserRef"][];
        };
        /** @description A member that was not processed. For upsert, `user` is the member as a `User` (documented); for deactivate, it is presumably the `UserRef` sent. */
        BatchFailure: {
            user: components["schemas"]["User"] | components["schemas"]["UserRef"];
            /**
             * @description Why the member failed (free text).
             * @example This user cannot be processed
             */
            error: string;
        };
        /** @description Per-member result of a batch operation. Inferred: every member sent is in exactly one of the two lists; the client counts a member that `failed` does not name as succeeded. */
        BatchResult: {
            /** @description The users written (for upsert, as stored). */
            success: components["schemas"]["User"][];
            failed: components["schemas"]["BatchFailure"][];
        };
        UpsertUsersResponse: {
            success: boolean;
            data: components["schemas"]["BatchResult"];
            error?: components["schemas"]["ErrorValue"] | null;
        };
        /** @description Inferred by analogy with upsert. `data` may be `null`: the one documented sample is `{success: false, error: {…}, data: null}`. */
        DeactivateUsersResponse: {
            success: boolean;
            data?: components["schemas"]["BatchResult"] | null;
            error?: components["schemas"]["ErrorValue"] | null;
        };
    };
    responses: {
        /** @description An error, in the `{success: false, data: null, error}` envelope. Status codes are not documented; presumably 400 for an invalid parameter or body, 401/403 for a missing or invalid key, 500. */
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
export type ErrorDetail = components['schemas']['ErrorDetail'];
export type ErrorValue = components['schemas']['ErrorValue'];
export type ErrorEnvelope = components['schemas']['ErrorEnvelope'];
export type Cluster = components['schemas']['Cluster'];
export type ClusterList = components['schemas']['ClusterList'];
export type ClusterListResponse = components['schemas']['ClusterListResponse'];
export type Completion = components['schemas']['Completion'];
export type CompletionList = components['schemas']['CompletionList'];
export type User = components['schemas']['User'];
export type UserPage = components['schemas']['UserPage'];
export type UserListResponse = components['schemas']['UserListResponse'];
export type UserTemplate = components['schemas']['UserTemplate'];
export type UpsertUsersRequest = components['schemas']['UpsertUsersRequest'];
export type UserRef = components['schemas']['UserRef'];
export type DeactivateUsersRequest = components['schemas']['DeactivateUsersRequest'];
export type BatchFailure = components['schemas']['BatchFailure'];
export type BatchResult = components['schemas']['BatchResult'];
export type UpsertUsersResponse = components['schemas']['UpsertUsersResponse'];
export type DeactivateUsersResponse = components['schemas']['DeactivateUsersResponse'];
export type ResponseError = components['responses']['Error'];
export type $defs = Record<string, never>;
export interface operations {
    listClusters: {
        parameters: {
            query?: {
                /**
                 * @description Only clusters created at or after this instant (inclusive). ISO 8601 / RFC 3339 date-time; send UTC with a `Z` suffix.
                 * @example 2024-01-01T00:00:00Z
                 */
                from?: string | Date;
                /**
                 * @description Only clusters created before this instant (exclusive). Must be strictly later than `from` when both are given.
                 * @example 2024-12-31T00:00:00Z
                 */
                to?: string | Date;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The clusters in the window. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterListResponse"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    listCompletions: {
        parameters: {
            query?: {
                /**
                 * @description Only completions of sessions that took place at or after this instant (inclusive). ISO 8601 / RFC 3339 date-time; send UTC with a `Z` suffix.
                 * @example 2024-01-01T00:00:00Z
                 */
                from?: string | Date;
                /**
                 * @description Only completions of sessions that took place before this instant (exclusive). Must be strictly later than `from` when both are given.
                 * @example 2024-12-31T00:00:00Z
                 */
                to?: string | Date;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The completions in the window (possibly an empty array). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompletionList"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /**
                 * @description Page number, 0-indexed.
                 * @example 0
                 */
                page?: number;
                /**
                 * @description Number of users per page. The default is also the maximum.
                 * @example 200
                 */
                pageSize?: number;
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserListResponse"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    upsertUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpsertUsersRequest"];
            };
        };
        responses: {
            /** @description Per-member result. Inferred: partial failure is reported in `data.failed` of a 200, not as an error status (the docs show this body as the response sample, without its status code). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpsertUsersResponse"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    deactivateUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeactivateUsersRequest"];
            };
        };
        responses: {
            /** @description Per-member result (shape inferred). The documented response sample of this operation is a `success: false` envelope, so a 200 may also carry a failure (see `x-errors.failure`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeactivateUsersResponse"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
}
