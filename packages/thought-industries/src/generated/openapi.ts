// generated — do not edit. Source: specs/thought-industries/openapi.yaml; run `pnpm generate`.
export interface paths {
    "/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check the API key
         * @description Returns `{"valid": true}` when the bearer key is accepted. A missing or revoked key gets 401
         *     with an empty body, not `{"valid": false}`; whether `valid: false` is ever returned is
         *     unconfirmed.
         */
        get: operations["ping"];
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
         * List users, optionally by role
         * @description Returns users page by page, optionally only those with one role.
         *
         *     Unconfirmed:
         *     - **Response shape.** The portal documents
         *       `{"data": {"APIUsers": {"pageInfo", "aggregations", "users"}}}` with page-number paging;
         *       real traffic (GitLab's production extractor) reads a flat `{"users", "pageInfo"}` with an
         *       opaque `pageInfo.cursor`. Both are accepted.
         *     - **Paging.** Real clients pass `pageInfo.cursor` back as `cursor` until
         *       `pageInfo.hasMore` is false; `cursor` is not in the users page's parameter table. When a
         *       page has no cursor but says `hasMore`, the next page is `page` = `currentPage` + 1. Whether
         *       `page` starts at 0 or 1, and the page size, are not documented (the portal's example shows
         *       zeros; another portal page claims 1-based pages of 25 and a `perPage` parameter, which is
         *       not sent because nothing confirms it for this endpoint).
         *     - Role keys (`admin`, `learner`, `manager`, …) are tenant-defined; users carry theirs as
         *       `roleKey`.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create a user (or update it with upsert) and grant access
         * @description Creates a user and grants licences, courses, bundles and learning paths. With
         *     `"upsert": true`, a user that already has this e-mail address is updated instead (documented).
         *
         *     Marked `x-idempotent`: with `upsert: true` a repeated request finds the same user by e-mail
         *     and applies the same values again (licence grants merge unless `replaceLicenseAccess`).
         *     Without `upsert`, a repeat of a create that reached the server cannot create a second user
         *     (e-mail addresses are unique) but is answered with 409, so a caller that relies on retries
         *     should send `upsert: true`. Whether a repeated `sendInvite` sends a second invitation is
         *     unconfirmed.
         *
         *     Unconfirmed:
         *     - The response is not in the readable documentation. The vendor's mobile SDK reads the
         *       created user from the body; the status table says creations return 201. Both 200 (seen
         *       for upserts in the test vectors) and 201 are accepted, each with a bare `User`; a
         *       `{"data": {…}}` wrapper has not been seen here.
         *     - The field table is cut off; `bundleSlugs` and `learningPathSlugs` are named on the update
         *       page, `firstName`, `lastName` and `sendInvite` come from the vendor's mobile SDK. The table
         *       marks every array "required" although its own example omits them; they are optional here.
         *     - 409 for a duplicate e-mail without `upsert`, and 400/422 bodies, are inferred from the
         *       status table.
         *     - The GraphQL-backed handlers may answer HTTP 200 with a non-empty `errors` array; treat
         *       such a body as a failure.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user: their UUID (documented), e-mail address or `externalCustomerId` (documented for
                 *     `updateStatus`, seen or inferred for the other user routes). URL-encode it; e-mail addresses
                 *     contain `@` and often `+`.
                 */
                id: components["parameters"]["UserRef"];
            };
            cookie?: never;
        };
        /**
         * Get one user by id, e-mail address or external customer id
         * @description Returns one user's full profile (the detail view expands `purchasedCourses[].course` into
         *     the course object and adds licence assignments, learning-path allocations and meeting
         *     attendance).
         *
         *     There is one route for all three lookups: `id` is the user's UUID (documented), their
         *     e-mail address (the vendor's mobile SDK looks users up this way) or their
         *     `externalCustomerId` (documented for `PUT /users/{id}/updateStatus`, inferred here). No
         *     `/users/byEmail` route or lookup query parameter was found. The value must be URL-encoded
         *     (`li.wei+ti@example.com` → `li.wei%2Bti%40example.com`).
         *
         *     Unconfirmed:
         *     - The portal documents `{"data": {"UserById": User}}`; real traffic returns the bare user.
         *       Both are accepted.
         *     - The externalCustomerId lookup, and what happens when an external id looks like an e-mail
         *       address or a UUID of another user.
         *     - 404 and 403 bodies (`{"errors": [{"message": "…"}]}`) are inferred.
         */
        get: operations["getUser"];
        /**
         * Update a user
         * @description Changes a user's profile, role, client and access. Fields left out are left alone (the
         *     vendor's mobile SDK sends only `firstName`, `lastName`, `email`), so this behaves as a
         *     partial update. Licence grants merge with the existing ones unless
         *     `replaceLicenseAccess` is true (documented); with `replaceLicenseAccess: true` an empty
         *     array may strip access, so send only the arrays you mean.
         *
         *     Unconfirmed:
         *     - `id` accepting an e-mail address or `externalCustomerId` as well as the UUID is inferred
         *       from `updateStatus`.
         *     - The response is not in the readable documentation; the updated user (200) is assumed.
         *     - The field table is cut off (see `UserInput`).
         */
        put: operations["updateUser"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/updateStatus": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user: their UUID (documented), e-mail address or `externalCustomerId` (documented for
                 *     `updateStatus`, seen or inferred for the other user routes). URL-encode it; e-mail addresses
                 *     contain `@` and often `+`.
                 */
                id: components["parameters"]["UserRef"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Enable or disable a user
         * @description Sets a user `active` or `disabled`. This is the documented way to deprovision: no
         *     `DELETE /users/{id}` was found. `id` may be the UUID, e-mail address or
         *     `externalCustomerId` (documented). When the user has a paired dual-role account, both are
         *     changed (documented).
         *
         *     Unconfirmed: the body of a rejected status value (`{"errors": ["…"]}` is inferred).
         */
        put: operations["updateUserStatus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/resetProgress": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user: their UUID (documented), e-mail address or `externalCustomerId` (documented for
                 *     `updateStatus`, seen or inferred for the other user routes). URL-encode it; e-mail addresses
                 *     contain `@` and often `+`.
                 */
                id: components["parameters"]["UserRef"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset a user's progress in one course
         * @description Resets the user's progress in the course with the given slug, optionally revoking their
         *     access and erasing the course from their transcript. The user is named in the path and,
         *     optionally, again as `userId` in the body (documented redundancy; send the same user).
         *
         *     Unconfirmed:
         *     - Whether the path accepts an e-mail address or `externalCustomerId` like `updateStatus`.
         *     - Only the documented envelope `{"data": {"ResetUserCourseProgress": true}}` is known; a
         *       flat body like the other endpoints' has not been seen. What `false` means is not stated.
         *     - Not marked `x-idempotent`: a repeated reset probably leaves the same state, but nothing
         *       documents how a second reset (or a reset of already revoked access) is answered.
         *     - Whether the POST/PUT users rate category (60/min) applies is not stated.
         */
        post: operations["resetCourseProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/resetLearningPathProgress": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user: their UUID (documented), e-mail address or `externalCustomerId` (documented for
                 *     `updateStatus`, seen or inferred for the other user routes). URL-encode it; e-mail addresses
                 *     contain `@` and often `+`.
                 */
                id: components["parameters"]["UserRef"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset a user's progress in one learning path
         * @description Resets the user's progress in the learning path with the given slug, optionally revoking
         *     access and erasing it from their transcript. Here `userId` in the body is documented as
         *     required, in addition to the user in the path.
         *
         *     Unconfirmed:
         *     - Whether the path accepts an e-mail address or `externalCustomerId`.
         *     - Only the documented envelope `{"data": {"ResetUserLearningPathProgress": true}}` is known.
         *     - Not marked `x-idempotent`, for the same reason as `resetCourseProgress`.
         */
        post: operations["resetLearningPathProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/zendeskContent": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user: their UUID (documented), e-mail address or `externalCustomerId` (documented for
                 *     `updateStatus`, seen or inferred for the other user routes). URL-encode it; e-mail addresses
                 *     contain `@` and often `+`.
                 */
                id: components["parameters"]["UserRef"];
            };
            cookie?: never;
        };
        /**
         * Get a user's content for the Zendesk integration
         * @description Returns the user's enrolled content with dates and certificates, as shown in the Zendesk
         *     sidebar integration. The user is named both in the path and in the required `userId`
         *     query parameter (documented redundancy; send the same user).
         *
         *     Unconfirmed:
         *     - The item fields after `certificate.certificateTemplate` (enrollment status and completion
         *       percentage are mentioned in the summary but were cut from the readable page).
         *     - Whether real traffic returns the documented `{"data": {"ZendeskContentsByUserId": […]}}`
         *       envelope or a flat array; only the envelope is declared.
         *     - Whether the list is ever paged; no paging parameters are documented, so this is not a
         *       paginated operation.
         */
        get: operations["getUserZendeskContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/learningPathExternalActivity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a learner's status in external learning-path activity
         * @description Records that a learner started, completed or did not complete activity in a learning path
         *     that happens outside the platform. Requires the `externalActivity` feature flag on the
         *     instance. `completionDate` may only be sent with `completed` (the default status);
         *     `timeStampDate` only with the other statuses. Answers 200 with an empty body.
         *
         *     Unconfirmed:
         *     - The body of a 403 when the feature flag is off.
         *     - Whether `userId` and `learningPathId` accept anything but UUIDs (documented as strings).
         *     - Not marked `x-idempotent`: recording the same status twice probably leaves the same state,
         *       but that is not documented.
         */
        post: operations["recordLearningPathExternalActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/courseAction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List course actions
         * @description The vendor's recommended consolidated feed of course activity: enrollments, status changes
         *     (starts and completions among them), certificate grants and access revocations. Known `type`
         *     values: `enrollment`, `status_change`, `revoked_access`, `certificate_grant`; the `kind`
         *     filter takes sub-types such as `started` and `completed`.
         *
         *     Newest first, at most 100 events per call, walked by sliding the time window: `startDate`
         *     stays, `endDate` becomes the last event's `timestamp` in epoch milliseconds minus 1,
         *     until a call returns no events. The documented `cursor` is not what production clients
         *     use and is not followed.
         *
         *     Unconfirmed:
         *     - Response shape: documented `{"data": {"APIEvents": {"pageInfo", "events"}}}`, observed
         *       `{"events": […]}`; both are accepted.
         *     - `startDate`/`endDate`: epoch milliseconds (overview page, real traffic) or ISO 8601
         *       (each events page); both are accepted, and the window slide sends integers.
         *     - The event fields come from GitLab's parsing models and the vendor's report field list,
         *       not from the API reference.
         */
        get: operations["listCourseActionEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/courseView": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List course views
         * @description Learners viewing courses.
         *
         *     Newest first, at most 100 events per call, walked by sliding the time window: `startDate`
         *     stays, `endDate` becomes the last event's `timestamp` in epoch milliseconds minus 1,
         *     until a call returns no events. The documented `cursor` is not what production clients
         *     use and is not followed.
         *
         *     Unconfirmed:
         *     - Response shape: documented `{"data": {"APIEvents": {"pageInfo", "events"}}}`, observed
         *       `{"events": […]}`; both are accepted.
         *     - `startDate`/`endDate`: epoch milliseconds (overview page, real traffic) or ISO 8601
         *       (each events page); both are accepted, and the window slide sends integers.
         *     - The event fields come from GitLab's parsing models and the vendor's report field list,
         *       not from the API reference.
         */
        get: operations["listCourseViewEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/coursePurchase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List course purchases
         * @description Course purchases.
         *
         *     Newest first, at most 100 events per call, walked by sliding the time window: `startDate`
         *     stays, `endDate` becomes the last event's `timestamp` in epoch milliseconds minus 1,
         *     until a call returns no events. The documented `cursor` is not what production clients
         *     use and is not followed.
         *
         *     Unconfirmed:
         *     - Response shape: documented `{"data": {"APIEvents": {"pageInfo", "events"}}}`, observed
         *       `{"events": […]}`; both are accepted.
         *     - `startDate`/`endDate`: epoch milliseconds (overview page, real traffic) or ISO 8601
         *       (each events page); both are accepted, and the window slide sends integers.
         *     - The event fields come from GitLab's parsing models and the vendor's report field list,
         *       not from the API reference.
         */
        get: operations["listCoursePurchaseEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/courseCompletion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List course completions
         * @description Course completions; these events carry `title`, `event`, `license` and `updatedAt`.
         *
         *     Newest first, at most 100 events per call, walked by sliding the time window: `startDate`
         *     stays, `endDate` becomes the last event's `timestamp` in epoch milliseconds minus 1,
         *     until a call returns no events. The documented `cursor` is not what production clients
         *     use and is not followed.
         *
         *     Unconfirmed:
         *     - Response shape: documented `{"data": {"APIEvents": {"pageInfo", "events"}}}`, observed
         *       `{"events": […]}`; both are accepted.
         *     - `startDate`/`endDate`: epoch milliseconds (overview page, real traffic) or ISO 8601
         *       (each events page); both are accepted, and the window slide sends integers.
         *     - The event fields come from GitLab's parsing models and the vendor's report field list,
         *       not from the API reference.
         */
        get: operations["listCourseCompletionEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/courseEnrollment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List course enrollments
         * @description Course enrollments.
         *
         *     Newest first, at most 100 events per call, walked by sliding the time window: `startDate`
         *     stays, `endDate` becomes the last event's `timestamp` in epoch milliseconds minus 1,
         *     until a call returns no events. The documented `cursor` is not what production clients
         *     use and is not followed.
         *
         *     Unconfirmed:
         *     - Response shape: documented `{"data": {"APIEvents": {"pageInfo", "events"}}}`, observed
         *       `{"events": […]}`; both are accepted.
         *     - `startDate`/`endDate`: epoch milliseconds (overview page, real traffic) or ISO 8601
         *       (each events page); both are accepted, and the window slide sends integers.
         *     - The event fields come from GitLab's parsing models and the vendor's report field list,
         *       not from the API reference.
         */
        get: operations["listCourseEnrollmentEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/courseCertificate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List course certificates
         * @description Certificates issued for courses.
         *
         *     Newest first, at most 100 events per call, walked by sliding the time window: `startDate`
         *     stays, `endDate` becomes the last event's `timestamp` in epoch milliseconds minus 1,
         *     until a call returns no events. The documented `cursor` is not what production clients
         *     use and is not followed.
         *
         *     Unconfirmed:
         *     - Response shape: documented `{"data": {"APIEvents": {"pageInfo", "events"}}}`, observed
         *       `{"events": […]}`; both are accepted.
         *     - `startDate`/`endDate`: epoch milliseconds (overview page, real traffic) or ISO 8601
         *       (each events page); both are accepted, and the window slide sends integers.
         *     - The event fields come from GitLab's parsing models and the vendor's report field list,
         *       not from the API reference.
         */
        get: operations["listCourseCertificateEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/activeCourseCertificate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List active course certificates
         * @description Course certificates that are currently valid.
         *
         *     Newest first, at most 100 events per call, walked by sliding the time window: `startDate`
         *     stays, `endDate` becomes the last event's `timestamp` in epoch milliseconds minus 1,
         *     until a call returns no events. The documented `cursor` is not what production clients
         *     use and is not followed.
         *
         *     Unconfirmed:
         *     - Response shape: documented `{"data": {"APIEvents": {"pageInfo", "events"}}}`, observed
         *       `{"events": […]}`; both are accepted.
         *     - `startDate`/`endDate`: epoch milliseconds (overview page, real traffic) or ISO 8601
         *       (each events page); both are accepted, and the window slide sends integers.
         *     - The event fields come from GitLab's parsing models and the vendor's report field list,
         *       not from the API reference.
         */
        get: operations["listActiveCourseCertificateEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List logins (undocumented feed)
         * @description Learner logins.
         *     This feed is not on the developer portal; it is called in production by GitLab's extractor.
         *     Its event fields are not known beyond the common ones.
         *
         *     Newest first, at most 100 events per call, walked by sliding the time window: `startDate`
         *     stays, `endDate` becomes the last event's `timestamp` in epoch milliseconds minus 1,
         *     until a call returns no events. The documented `cursor` is not what production clients
         *     use and is not followed.
         *
         *     Unconfirmed:
         *     - Response shape: documented `{"data": {"APIEvents": {"pageInfo", "events"}}}`, observed
         *       `{"events": […]}`; both are accepted.
         *     - `startDate`/`endDate`: epoch milliseconds (overview page, real traffic) or ISO 8601
         *       (each events page); both are accepted, and the window slide sends integers.
         *     - The event fields come from GitLab's parsing models and the vendor's report field list,
         *       not from the API reference.
         */
        get: operations["listLoginEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/visit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List visits (undocumented feed)
         * @description Site visits.
         *     This feed is not on the developer portal; it is called in production by GitLab's extractor.
         *     Its event fields are not known beyond the common ones.
         *
         *     Newest first, at most 100 events per call, walked by sliding the time window: `startDate`
         *     stays, `endDate` becomes the last event's `timestamp` in epoch milliseconds minus 1,
         *     until a call returns no events. The documented `cursor` is not what production clients
         *     use and is not followed.
         *
         *     Unconfirmed:
         *     - Response shape: documented `{"data": {"APIEvents": {"pageInfo", "events"}}}`, observed
         *       `{"events": […]}`; both are accepted.
         *     - `startDate`/`endDate`: epoch milliseconds (overview page, real traffic) or ISO 8601
         *       (each events page); both are accepted, and the window slide sends integers.
         *     - The event fields come from GitLab's parsing models and the vendor's report field list,
         *       not from the API reference.
         */
        get: operations["listVisitEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/learningPathAction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List learning-path actions (undocumented feed)
         * @description Learning-path activity (enrollments, status changes), by analogy with `courseAction`.
         *     This feed is not on the developer portal; it is called in production by GitLab's extractor.
         *     Its event fields are not known beyond the common ones.
         *
         *     Newest first, at most 100 events per call, walked by sliding the time window: `startDate`
         *     stays, `endDate` becomes the last event's `timestamp` in epoch milliseconds minus 1,
         *     until a call returns no events. The documented `cursor` is not what production clients
         *     use and is not followed.
         *
         *     Unconfirmed:
         *     - Response shape: documented `{"data": {"APIEvents": {"pageInfo", "events"}}}`, observed
         *       `{"events": […]}`; both are accepted.
         *     - `startDate`/`endDate`: epoch milliseconds (overview page, real traffic) or ISO 8601
         *       (each events page); both are accepted, and the window slide sends integers.
         *     - The event fields come from GitLab's parsing models and the vendor's report field list,
         *       not from the API reference.
         */
        get: operations["listLearningPathActionEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/emailCapture": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List e-mail captures (undocumented feed)
         * @description E-mail addresses captured by the platform's forms.
         *     This feed is not on the developer portal; it is called in production by GitLab's extractor.
         *     Its event fields are not known beyond the common ones.
         *
         *     Newest first, at most 100 events per call, walked by sliding the time window: `startDate`
         *     stays, `endDate` becomes the last event's `timestamp` in epoch milliseconds minus 1,
         *     until a call returns no events. The documented `cursor` is not what production clients
         *     use and is not followed.
         *
         *     Unconfirmed:
         *     - Response shape: documented `{"data": {"APIEvents": {"pageInfo", "events"}}}`, observed
         *       `{"events": […]}`; both are accepted.
         *     - `startDate`/`endDate`: epoch milliseconds (overview page, real traffic) or ISO 8601
         *       (each events page); both are accepted, and the window slide sends integers.
         *     - The event fields come from GitLab's parsing models and the vendor's report field list,
         *       not from the API reference.
         */
        get: operations["listEmailCaptureEvents"];
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
        /** @description Answer of the credential check. */
        PingResponse: {
            /** @description True when the bearer key is accepted. */
            valid: boolean;
        };
        /** @description A point in time given either as Unix epoch milliseconds (what the overview page documents and production clients send) or as an ISO 8601 timestamp (how each events page types it). */
        EpochMillisOrDateTime: number | string;
        /**
         * @description Paging state of a list. Every field is optional: the documented users page has `perPage`,
         *     `currentPage`, `total` and `hasMore`; real traffic has `hasMore` and, while there are more
         *     pages, an opaque `cursor`; the documented events envelope has `perPage`, `cursor`, `total`
         *     and `hasMore`.
         */
        PageInfo: {
            /** @description Page size the server used (documented; value not stated). */
            perPage?: number;
            /** @description Number of this page (documented; base 0 or 1 not stated). */
            currentPage?: number;
            /** @description Total number of items (documented envelope only). */
            total?: number;
            /** @description False on the last page. */
            hasMore?: boolean;
            /** @description Opaque cursor for the next page (pass it as `cursor`); absent or null on the last page. */
            cursor?: string | null;
        };
        /** @description One facet value of an aggregation, with the number of matching users. */
        AggregationBucket: {
            /** @description Presumably the filter expression selecting this bucket (inferred from the name; the docs show only `"string"`, so its syntax is unknown). */
            query?: string;
            value?: string;
            label?: string;
            description?: string;
            count?: number;
        };
        /** @description A facet of the user list (e.g. by role), documented in the envelope only. */
        Aggregation: {
            key?: string;
            label?: string;
            buckets?: components["schemas"]["AggregationBucket"][];
        };
        /** @description Content of the documented `data.APIUsers` envelope. `users` is required (inferred: the docs' example has it but does not say it is always sent) because the client depends on it: a page's users are read from `data.APIUsers.users`, and `normalizeUserList` returns this object as the flat shape, whose `users` is required to tell it from any other body. */
        UserListPage: {
            pageInfo?: components["schemas"]["PageInfo"];
            aggregations?: components["schemas"]["Aggregation"][];
            users: components["schemas"]["User"][];
        };
        /** @description Documented shape of `GET /users`: `{"data": {"APIUsers": {…}}}`. */
        UserListEnvelope: {
            data: {
                APIUsers: components["schemas"]["UserListPage"];
            };
        };
        /** @description Shape of `GET /users` seen in real traffic: `{"users": […], "pageInfo": {…}}`. */
        UserListFlat: {
            users: components["schemas"]["User"][];
            pageInfo?: components["schemas"]["PageInfo"];
        };
        /** @description One page of `GET /users`: the documented envelope or the flat shape seen in real traffic. */
        UserListResponse: components["schemas"]["UserListEnvelope"] | components["schemas"]["UserListFlat"];
        /** @description Documented shape of `GET /users/{id}`: `{"data": {"UserById": User}}`. */
        UserByIdEnvelope: {
            data: {
                UserById: components["schemas"]["User"];
            };
        };
        /** @description The bare user (seen in real traffic) or the documented `data.UserById` envelope. */
        UserByIdResponse: components["schemas"]["User"] | components["schemas"]["UserByIdEnvelope"];
        /**
         * @description A user of the instance: learner, manager or administrator. The documented field list is
         *     cut off after `activeLicense`; the fields after it come from the portal's list example and
         *     from payloads seen in real traffic (`language`, `disabled`, `roleKey`, …). Nullability is
         *     not documented: every field but `id` and `email` may be null or absent. Unknown fields are
         *     kept. The detail view (`GET /users/{id}`) expands `purchasedCourses[].course`.
         */
        User: {
            /** Format: uuid */
            id: string;
            /** @description Login e-mail address; unique on the instance. */
            email: string;
            firstName?: string | null;
            lastName?: string | null;
            /** @description Display name (derived, read-only). */
            name?: string | null;
            /** @description Derived, read-only (e.g. `Sam O.`). */
            abbreviatedName?: string | null;
            firstInitial?: string | null;
            lastInitial?: string | null;
            /** @description Avatar image URL (inferred). */
            asset?: string | null;
            bio?: string | null;
            /** Format: date-time */
            lastActiveAt?: string | null;
            twoFactorEnabled?: boolean | null;
            invitedByName?: string | null;
            shouldHighlight?: boolean | null;
            /** @description Courses the user has access to, with their status in each. */
            purchasedCourses?: components["schemas"]["PurchasedCourse"][] | null;
            purchasedBundles?: components["schemas"]["PurchasedBundle"][] | null;
            /** @description The licence the user is currently working under. */
            activeLicense?: components["schemas"]["License"] | null;
            allocatedLicenses?: components["schemas"]["AllocatedLicense"][] | null;
            allocatedLearningPaths?: components["schemas"]["AllocatedLearningPath"][] | null;
            attendedMeetings?: components["schemas"]["MeetingAttendance"][] | null;
            waitlistedCourses?: components["schemas"]["WaitlistedCourse"][] | null;
            /** @description Clients (Panorama sub-tenants) the user administers. */
            adminClients?: components["schemas"]["Client"][] | null;
            /** @description Role key (`admin`, `learner`, `manager`, … — tenant-defined, an open set). */
            roleKey?: string | null;
            address1?: string | null;
            address2?: string | null;
            city?: string | null;
            state?: string | null;
            zipCode?: string | null;
            country?: string | null;
            telephone?: string | null;
            /** @description The user's Stripe customer id. No `format`: the docs' sample shows a UUID placeholder, as for the `format: uuid` fields, but Stripe customer ids look like `cus_…`, not UUIDs. */
            stripeCustomerId?: string | null;
            /** @description The user's id in the caller's system; usable as `{id}` in user routes. No `format`: the docs' sample shows a UUID placeholder, but the value is whatever id the caller's system uses. */
            externalCustomerId?: string | null;
            /** Format: date-time */
            createdAt?: string | null;
            /** Format: date-time */
            updatedAt?: string | null;
            /** @description Salesforce account id. No `format`: the docs' sample shows a UUID placeholder, but Salesforce ids are 15- or 18-character alphanumeric ids, not UUIDs. */
            sfAccountId?: string | null;
            /** @description Salesforce contact id. No `format`, as `sfAccountId`. */
            sfContactId?: string | null;
            shippingName?: string | null;
            /** @description The client (Panorama sub-tenant) the user belongs to. */
            client?: components["schemas"]["Client"] | null;
            /** Format: uuid */
            clientId?: string | null;
            /** @description Free-text custom slot (`ref1` … `ref10`). */
            ref1?: string | null;
            ref2?: string | null;
            ref3?: string | null;
            ref4?: string | null;
            ref5?: string | null;
            ref6?: string | null;
            ref7?: string | null;
            ref8?: string | null;
            ref9?: string | null;
            ref10?: string | null;
            /** @description Language code (documented name). */
            lang?: string | null;
            /** @description Language code (name seen in real payloads). */
            language?: string | null;
            preferredCurrency?: string | null;
            /** @description Tenant-defined custom user fields. */
            customFields?: {
                [key: string]: unknown;
            } | null;
            recommendedTags?: components["schemas"]["RecommendedTag"][] | null;
            recommendedSlugs?: components["schemas"]["RecommendedSlug"][] | null;
            accessedFlows?: string[] | null;
            /** @description True when the user was disabled with `updateStatus`. */
            disabled?: boolean | null;
            /**
             * Format: uuid
             * @description The learner account of a paired dual-role user.
             */
            learnerUserId?: string | null;
            /**
             * Format: uuid
             * @description The manager account of a paired dual-role user.
             */
            managerUserId?: string | null;
            /** @description Credit balance; a number in the documented example, a string in some payloads. */
            balance?: number | string | null;
        };
        /** @description A course. Shown only as a placeholder in the documentation; the fields are not described. */
        Course: {
            /** @description Publication status, e.g. `draft` (an open set). */
            status?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A course the user has access to. */
        PurchasedCourse: {
            course?: components["schemas"]["Course"];
            /** Format: uuid */
            courseId?: string;
            /**
             * Format: uuid
             * @description Id of the certificate issued, if any.
             */
            certificate?: string | null;
            /** Format: date-time */
            certificateIssuedAt?: string | null;
            instructorAccessPurchased?: boolean;
            /** @description The user's status in the course, e.g. `started` (an open set). */
            status?: string;
        };
        /** @description A bundle the user has access to. */
        PurchasedBundle: {
            /** @description The bundle (fields not described). */
            bundle?: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            bundleId?: string;
        };
        /** @description A licence assigned to the user. */
        AllocatedLicense: {
            license?: components["schemas"]["License"];
            /** @description Role under the licence, e.g. `student` or `manager` (an open set). */
            licenseRole?: string;
            /** Format: uuid */
            licenseId?: string;
            /** @description Status of the assignment (values not documented). */
            status?: string;
        };
        /** @description A learning path assigned to the user. */
        AllocatedLearningPath: {
            /** @description The learning path (fields not described). */
            learningPath?: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            learningPathId?: string;
            /** @description The user's status in the learning path (values not documented). */
            status?: string;
        };
        /** @description A meeting the user attended. */
        MeetingAttendance: {
            /** Format: date-time */
            attendanceDate?: string;
            /** @description The attending user (fields not described). */
            user?: {
                [key: string]: unknown;
            };
            /** @description The meeting (fields not described). */
            meeting?: {
                [key: string]: unknown;
            };
        };
        /** @description A course the user is on the waiting list for. */
        WaitlistedCourse: {
            course?: components["schemas"]["Course"];
            /** Format: uuid */
            courseId?: string;
        };
        RecommendedTag: {
            label?: string;
            boost?: number;
        };
        RecommendedSlug: {
            slug?: string;
            boost?: number;
        };
        /** @description A licence: the content a group of users may access, optionally tied to a client. Fields as in the documented example; nested objects are not described there. */
        License: {
            /** Format: uuid */
            id?: string;
            name?: string;
            label?: string;
            sku?: string;
            client?: components["schemas"]["Client"];
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
            accessDays?: number;
            /** Format: date-time */
            expirationDate?: string;
            seatsLimit?: number;
            /** Format: uuid */
            dashboardLayoutId?: string;
            enableBranding?: boolean;
            schoolName?: string;
            isDefault?: boolean;
            learningPaths?: {
                [key: string]: unknown;
            }[];
            learningPathIds?: string[];
            appearance?: {
                [key: string]: unknown;
            };
            courses?: components["schemas"]["Course"][];
            courseIds?: string[];
            courseTags?: {
                [key: string]: unknown;
            }[];
            courseTagIds?: string[];
            parentLicense?: components["schemas"]["License"];
            /** Format: uuid */
            parentLicenseId?: string;
            childLicenses?: components["schemas"]["License"][];
            ref1?: string;
            ref2?: string;
            ref3?: string;
            ref4?: string;
            ref5?: string;
            ref6?: string;
            ref7?: string;
            ref8?: string;
            ref9?: string;
            ref10?: string;
        };
        /** @description A client: a Panorama sub-tenant with its own catalog, licences and branding. Fields as in the documented example; nested objects are not described there. */
        Client: {
            /** Format: uuid */
            id?: string;
            name?: string;
            schoolName?: string;
            courses?: components["schemas"]["Course"][];
            learningPaths?: {
                [key: string]: unknown;
            }[];
            learningPathIds?: string[];
            courseIds?: string[];
            courseTags?: {
                [key: string]: unknown;
            }[];
            courseTagIds?: string[];
            purchasableContentIds?: string[];
            purchasableTagIds?: string[];
            purchasableTags?: {
                [key: string]: unknown;
            }[];
            /** Format: date-time */
            licenseEndDate?: string;
            primaryLicense?: components["schemas"]["License"];
            /** Format: uuid */
            dashboardLayoutId?: string;
            panorama?: boolean;
            emailLayout?: {
                [key: string]: unknown;
            };
            appearance?: {
                [key: string]: unknown;
            };
            catalog?: {
                [key: string]: unknown;
            };
            sku?: string;
            slug?: string;
            customHost?: string;
            sso?: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            redemptionLayoutId?: string;
            pendingJobs?: {
                [key: string]: unknown;
            }[];
            seatsAllocatedCount?: number;
            seatsLimit?: number;
            seatsUsedCount?: number;
            tags?: {
                [key: string]: unknown;
            }[];
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
            licenses?: components["schemas"]["License"][];
            licenseTree?: {
                [key: string]: unknown;
            }[];
            currentUserManagerAllocatedLicenseTree?: {
                [key: string]: unknown;
            }[];
            notificationEmails?: string;
            enableSegmentation?: boolean;
            enableDiscussions?: boolean;
            enableCommunitiesSegmentation?: boolean;
            enableBranding?: boolean;
            enableEcommerce?: boolean;
            enableOnboardingSurvey?: boolean;
            enableRecommendationAssessment?: boolean;
            enableGlobalLinks?: boolean;
            enableNavLinks?: boolean;
            enableContentDetailPage?: boolean;
            enableLicenseDashboards?: boolean;
            enableCustomEmailSettings?: boolean;
            disabled?: boolean;
            clientSubscriptionNeedsSetup?: boolean;
            defaultLanguage?: string;
            languageSelectorEnabled?: boolean;
            languages?: string[];
            autoFilterForSelectedLanguage?: boolean;
            /** @description The client's secret (returned by the API; treat as a credential). */
            secretKey?: string;
            enableCreditPurchasing?: boolean;
            currentBalance?: number;
            startingBalance?: number;
            allocatedCredits?: number;
            clientAdminAllocatableLearningPaths?: string[];
        };
        /**
         * @description Fields of a user that can be set on create and update. Every field is optional: send only
         *     what should change. The documented table is cut off (it continues with bundle and
         *     learning-path grants; `bundleIds` and `learningPathIds` may exist but are not listed), and
         *     marks every array "required" although its own example omits them. `firstName`,
         *     `lastName` and `sendInvite` are sent by the vendor's mobile SDK but are not in the readable
         *     table. With `replaceLicenseAccess: true`, the licence arrays replace the user's licence
         *     grants, so an empty array may remove access.
         */
        UserInput: {
            /**
             * Format: email
             * @description Login e-mail address (in practice required to create a user).
             */
            email?: string;
            firstName?: string;
            lastName?: string;
            /** @description The user's id in the caller's system. */
            externalCustomerId?: string;
            /** @description Platform role key, e.g. `admin`, `learner` (tenant-defined, an open set). */
            role?: string;
            /** @description Send the invitation e-mail (seen in the vendor's mobile SDK). */
            sendInvite?: boolean;
            /** @description Client to attach the user to, by SKU. */
            clientSku?: string;
            /** @description Client to attach the user to, by slug. */
            clientSlug?: string;
            /**
             * Format: uuid
             * @description Client to attach the user to, by id.
             */
            clientId?: string;
            /** @description Replace the user's licence grants instead of merging with them; false (merge) when left out. */
            replaceLicenseAccess?: boolean;
            /** @description Licences to grant with the student (learner) role, by SKU. */
            studentLicenseSkus?: string[];
            /** @description Licences to grant with the manager role, by SKU. */
            managerLicenseSkus?: string[];
            /** @description Licences to grant with the student (learner) role, by id. */
            studentLicenseIds?: string[];
            /** @description Licences to grant with the manager role, by id. */
            managerLicenseIds?: string[];
            /** @description Courses to grant directly, by id. */
            courseIds?: string[];
            /** @description Courses to grant directly, by slug. */
            courseSlugs?: string[];
            /** @description Courses to grant directly, by SKU. */
            courseSkus?: string[];
            /** @description Bundles to grant, by slug (named on the update page; table cut off there). */
            bundleSlugs?: string[];
            /** @description Learning paths to grant, by slug (named on the update page; table cut off there). */
            learningPathSlugs?: string[];
        };
        /** @description Body of `POST /users`: the user fields plus `upsert`. */
        CreateUserRequest: components["schemas"]["UserInput"] & {
            /** @description When a user with this e-mail address exists, update it instead of failing (false when left out, inferred). Send `true` to make the request safe to repeat. */
            upsert?: boolean;
        };
        /** @description Body of `PUT /users/{id}/updateStatus`. */
        UpdateUserStatusRequest: {
            /** @enum {string} */
            status: "active" | "disabled";
        };
        /** @description The user's status after `updateStatus`. */
        UserStatusResponse: {
            /** @enum {string} */
            status: "active" | "disabled";
        };
        /** @description Body of `POST /users/{id}/resetProgress`. */
        ResetCourseProgressRequest: {
            /**
             * Format: uuid
             * @description The user again (optional; the path already names them).
             */
            userId?: string;
            /** @description Slug of the course. */
            slug: string;
            /** @description Reset the user's progress in the course. */
            resetProgress?: boolean;
            /** @description Also revoke the user's access to the course. */
            revokeAccess: boolean;
            /** @description Also remove the course from the user's transcript. */
            eraseTranscript?: boolean;
        };
        /** @description Documented answer: `{"data": {"ResetUserCourseProgress": true}}`. */
        ResetCourseProgressResponse: {
            data: {
                ResetUserCourseProgress: boolean;
            };
        };
        /** @description Body of `POST /users/{id}/resetLearningPathProgress`. */
        ResetLearningPathProgressRequest: {
            /**
             * Format: uuid
             * @description The user again (documented as required here).
             */
            userId: string;
            /** @description Slug of the learning path. */
            slug: string;
            /** @description Reset the user's progress in the learning path. */
            resetProgress?: boolean;
            /** @description Also revoke the user's access to the learning path. */
            revokeAccess: boolean;
            /** @description Also remove the learning path from the user's transcript. */
            eraseTranscript?: boolean;
        };
        /** @description Documented answer: `{"data": {"ResetUserLearningPathProgress": true}}`. */
        ResetLearningPathProgressResponse: {
            data: {
                ResetUserLearningPathProgress: boolean;
            };
        };
        /** @description The template a certificate was issued from, and its recertification rules. */
        CertificateTemplate: {
            /** Format: uuid */
            id?: string;
            /** @description Id of the resource the template belongs to. */
            resource?: string;
            /** @description Kind of resource, e.g. `course` (an open set). */
            resourceType?: string;
            title?: string;
            /** @description URL of the certificate image. */
            asset?: string;
            /** @description URLs of further files. */
            supplementalAssets?: string[];
            /** Format: date-time */
            expirationDate?: string | null;
            expirationDays?: number | null;
            /** @description What happens on recertification, e.g. `resetProgress` (an open set). */
            recertificationAction?: string;
            recertificationInstructions?: string;
            recertificationActionText?: string;
            recertificationActionUrl?: string;
            recertificationAutoReset?: boolean;
            recertificationAfterDays?: number | null;
            userCustomField?: {
                [key: string]: unknown;
            };
            userCustomFieldSlug?: string;
        };
        /** @description A certificate the user holds for the content. */
        ZendeskCertificate: {
            /** Format: uuid */
            id?: string;
            certificateTemplate?: components["schemas"]["CertificateTemplate"];
        };
        /** @description One piece of content the user is enrolled in, as shown in the Zendesk integration. The documented fields stop after the certificate template. */
        ZendeskContent: {
            id?: string;
            /** Format: uuid */
            userId?: string;
            title?: string;
            /** @description Kind of content (values not documented; an open set). */
            kind?: string;
            /** Format: date-time */
            startDate?: string | null;
            /** Format: date-time */
            endDate?: string | null;
            certificate?: components["schemas"]["ZendeskCertificate"];
        };
        /** @description Documented answer: `{"data": {"ZendeskContentsByUserId": […]}}`. */
        ZendeskContentResponse: {
            data: {
                ZendeskContentsByUserId: components["schemas"]["ZendeskContent"][];
            };
        };
        /** @description The learner's profile fields copied into an event (`id`, location, client, custom slots, Salesforce ids, …). As on `User`, any field may be null. */
        UserDetail: {
            id?: string;
            state?: string | null;
            country?: string | null;
            /** @description Name of the learner's client. */
            client?: string | null;
            ref1?: string | null;
            ref2?: string | null;
            ref3?: string | null;
            ref4?: string | null;
            ref5?: string | null;
            ref6?: string | null;
            ref7?: string | null;
            ref8?: string | null;
            ref9?: string | null;
            ref10?: string | null;
            sfAccountId?: string | null;
            sfContactId?: string | null;
        };
        /**
         * @description One entry of an activity feed. The API reference leaves the event object empty; these
         *     fields come from GitLab's parsing models and the vendor's report field list. Which fields a
         *     feed fills depends on the feed (`courseSku`/`courseTitle` on course actions; `title`,
         *     `event`, `license`, `updatedAt` on course completions).
         */
        Event: {
            /** @description Event id; the key to deduplicate on. */
            id: string;
            /** @description The instance's id. */
            companyId?: string;
            /** @description What happened. Known on course actions: `enrollment`, `status_change`, `revoked_access`, `certificate_grant`. An open set. */
            type?: string;
            /** @description How it happened. Known values include `course_purchase`, `collection_purchase`, `a_la_carte_collection_purchase`, `subscription_purchase`, `subscription_access`, `registration`, `gift-course-purchase` (with hyphens), `gift_collection_purchase`, `manager_created_user`, `course_completion`. An open set, spelled inconsistently. */
            source?: string;
            /**
             * Format: date-time
             * @description When it happened (ISO 8601, millisecond precision). The window paging key.
             */
            timestamp: string;
            /** @description Id of the course (or other resource) the event is about. */
            notifiableId?: string;
            courseSku?: string;
            courseTitle?: string;
            title?: string;
            event?: string;
            license?: string;
            /** Format: date-time */
            updatedAt?: string;
            /** @description The learner's e-mail address. */
            user?: string;
            userDetail?: components["schemas"]["UserDetail"];
        };
        /** @description Content of the documented `data.APIEvents` envelope. */
        EventListPage: {
            pageInfo?: components["schemas"]["PageInfo"];
            events: components["schemas"]["Event"][];
        };
        /** @description Documented shape of `GET /events/<kind>`: `{"data": {"APIEvents": {…}}}`. */
        EventListEnvelope: {
            data: {
                APIEvents: components["schemas"]["EventListPage"];
            };
        };
        /** @description Shape of `GET /events/<kind>` seen in real traffic: `{"events": […]}`. */
        EventListFlat: {
            events: components["schemas"]["Event"][];
            pageInfo?: components["schemas"]["PageInfo"];
        };
        /** @description One window of an activity feed: the documented envelope or the flat shape seen in real traffic. */
        EventListResponse: components["schemas"]["EventListEnvelope"] | components["schemas"]["EventListFlat"];
        /** @description Body of `POST /learningPathExternalActivity`. `completionDate` is only allowed with status `completed` (the default); `timeStampDate` only with the other statuses. */
        LearningPathExternalActivityRequest: {
            /** @description The learner's id. */
            userId: string;
            /** @description The learning path's id. */
            learningPathId: string;
            /**
             * @description The learner's status; `completed` when left out (documented default, not declared as `default` so that generated request types keep it optional). Note the hyphens.
             * @enum {string}
             */
            status?: "not-started" | "completed" | "started" | "not-completed";
            /**
             * Format: date-time
             * @description When the activity was completed; only with `completed`.
             */
            completionDate?: string;
            /**
             * Format: date-time
             * @description When the status was reached; only with a status other than `completed`.
             */
            timeStampDate?: string;
        };
        /** @description One GraphQL-style error. */
        ErrorItem: {
            message: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Error body. There is no single documented envelope; the shapes seen are:
         *     - `{"error": "rate_limit_exceeded", "message": "…", "retryAfter": 32}` (429, documented);
         *     - `{"errors": ["completion date cannot be passed with non-completed status"]}`
         *       (validation, documented on `learningPathExternalActivity`);
         *     - `{"errors": [{"message": "User not found"}]}` (GraphQL-style; the vendor's mobile SDK reads
         *       `errors[0].message`, also after HTTP 200).
         *     A 401 has no body at all. A 2xx body with a non-empty `errors` array is a failure too.
         */
        ErrorEnvelope: {
            /** @description Machine-readable code, e.g. `rate_limit_exceeded`. */
            error?: string;
            message?: string;
            /** @description Seconds to wait (rate limiting). */
            retryAfter?: number;
            /** @description Error messages, as plain strings or as objects with a `message`. */
            errors?: (string | components["schemas"]["ErrorItem"])[];
        };
        /** @description Body of a 429 (documented). */
        RateLimitError: {
            /**
             * @description The one code of a 429 (documented).
             * @constant
             */
            error: "rate_limit_exceeded";
            message: string;
            /** @description Seconds to wait; the same value as the `Retry-After` header. */
            retryAfter: number;
        };
    };
    responses: {
        /** @description The key is missing, malformed or revoked. The body is empty (documented), so no error code or message can be read from it. */
        Unauthorized: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The plan's or a category's rate limit was exceeded. Wait `Retry-After` seconds (also in the body as `retryAfter`). */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RateLimitError"];
            };
        };
        /**
         * @description Any other failure. Documented statuses: 400 (malformed request), 403 (the key's role lacks
         *     the permission, or a feature flag is off), 404, 405, 409 (conflict, e.g. a duplicate
         *     e-mail), 422 (validation), 500, 502, 503 (honour `Retry-After`), 504. The status-code
         *     page's "error response format" section could not be read; the bodies seen or documented
         *     are described in `ErrorEnvelope`, and a body may also be empty or not JSON.
         */
        Error: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
    };
    parameters: {
        /**
         * @description The user: their UUID (documented), e-mail address or `externalCustomerId` (documented for
         *     `updateStatus`, seen or inferred for the other user routes). URL-encode it; e-mail addresses
         *     contain `@` and often `+`.
         */
        UserRef: string;
        /** @description Sub-type filter within the feed, for example `started` or `completed` for course actions. An open set. */
        EventKindFilter: string;
        /** @description Documented opaque cursor from `pageInfo.cursor` of the documented envelope. Production clients page by time window instead; this parameter is not used by the client's paging. */
        EventCursor: string;
        /** @description Inclusive lower bound of the time window: epoch milliseconds (overview page, real traffic) or an ISO 8601 timestamp (events pages). Keep it fixed while the window slides. */
        StartDate: components["schemas"]["EpochMillisOrDateTime"];
        /** @description Inclusive upper bound of the time window, in the same forms as `startDate`. The window slide sets it to the oldest event's timestamp in epoch milliseconds minus 1. */
        EndDate: components["schemas"]["EpochMillisOrDateTime"];
        /** @description Only events about this course or other resource. */
        NotifiableId: string;
        /** @description Only events of this learner. */
        EventUserId: string;
    };
    requestBodies: never;
    headers: {
        /** @description Requests allowed in the current window (documented on every response). */
        XRateLimitLimit: number;
        /** @description Requests left in the current window. */
        XRateLimitRemaining: number;
        /** @description When the window resets, as a Unix timestamp in **seconds** (e.g. `1716505260`). */
        XRateLimitReset: number;
        /** @description Seconds to wait before retrying (documented on 429 and 503). An HTTP-date is tolerated as RFC 9110 allows, though not seen. */
        RetryAfter: number | string;
    };
    pathItems: never;
}
export type PingResponse = components['schemas']['PingResponse'];
export type EpochMillisOrDateTime = components['schemas']['EpochMillisOrDateTime'];
export type PageInfo = components['schemas']['PageInfo'];
export type AggregationBucket = components['schemas']['AggregationBucket'];
export type Aggregation = components['schemas']['Aggregation'];
export type UserListPage = components['schemas']['UserListPage'];
export type UserListEnvelope = components['schemas']['UserListEnvelope'];
export type UserListFlat = components['schemas']['UserListFlat'];
export type UserListResponse = components['schemas']['UserListResponse'];
export type UserByIdEnvelope = components['schemas']['UserByIdEnvelope'];
export type UserByIdResponse = components['schemas']['UserByIdResponse'];
export type User = components['schemas']['User'];
export type Course = components['schemas']['Course'];
export type PurchasedCourse = components['schemas']['PurchasedCourse'];
export type PurchasedBundle = components['schemas']['PurchasedBundle'];
export type AllocatedLicense = components['schemas']['AllocatedLicense'];
export type AllocatedLearningPath = components['schemas']['AllocatedLearningPath'];
export type MeetingAttendance = components['schemas']['MeetingAttendance'];
export type WaitlistedCourse = components['schemas']['WaitlistedCourse'];
export type RecommendedTag = components['schemas']['RecommendedTag'];
export type RecommendedSlug = components['schemas']['RecommendedSlug'];
export type License = components['schemas']['License'];
export type Client = components['schemas']['Client'];
export type UserInput = components['schemas']['UserInput'];
export type CreateUserRequest = components['schemas']['CreateUserRequest'];
export type UpdateUserStatusRequest = components['schemas']['UpdateUserStatusRequest'];
export type UserStatusResponse = components['schemas']['UserStatusResponse'];
export type ResetCourseProgressRequest = components['schemas']['ResetCourseProgressRequest'];
export type ResetCourseProgressResponse = components['schemas']['ResetCourseProgressResponse'];
export type ResetLearningPathProgressRequest = components['schemas']['ResetLearningPathProgressRequest'];
export type ResetLearningPathProgressResponse = components['schemas']['ResetLearningPathProgressResponse'];
export type CertificateTemplate = components['schemas']['CertificateTemplate'];
export type ZendeskCertificate = components['schemas']['ZendeskCertificate'];
export type ZendeskContent = components['schemas']['ZendeskContent'];
export type ZendeskContentResponse = components['schemas']['ZendeskContentResponse'];
export type UserDetail = components['schemas']['UserDetail'];
export type Event = components['schemas']['Event'];
export type EventListPage = components['schemas']['EventListPage'];
export type EventListEnvelope = components['schemas']['EventListEnvelope'];
export type EventListFlat = components['schemas']['EventListFlat'];
export type EventListResponse = components['schemas']['EventListResponse'];
export type LearningPathExternalActivityRequest = components['schemas']['LearningPathExternalActivityRequest'];
export type ErrorItem = components['schemas']['ErrorItem'];
export type ErrorEnvelope = components['schemas']['ErrorEnvelope'];
export type RateLimitError = components['schemas']['RateLimitError'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseError = components['responses']['Error'];
export type ParameterUserRef = components['parameters']['UserRef'];
export type ParameterEventKindFilter = components['parameters']['EventKindFilter'];
export type ParameterEventCursor = components['parameters']['EventCursor'];
export type ParameterStartDate = components['parameters']['StartDate'];
export type ParameterEndDate = components['parameters']['EndDate'];
export type ParameterNotifiableId = components['parameters']['NotifiableId'];
export type ParameterEventUserId = components['parameters']['EventUserId'];
export type HeaderXRateLimitLimit = components['headers']['XRateLimitLimit'];
export type HeaderXRateLimitRemaining = components['headers']['XRateLimitRemaining'];
export type HeaderXRateLimitReset = components['headers']['XRateLimitReset'];
export type HeaderRetryAfter = components['headers']['RetryAfter'];
export type $defs = Record<string, never>;
export interface operations {
    ping: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key was accepted. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PingResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description Only users with this role key (for example `admin`, `learner`). The minimum length of 1 is inferred: an empty role is refused with a `ValidationError` before sending, because a server that ignored it would answer with every user instead of none. */
                role?: string;
                /** @description Page number (documented). Base (0 or 1) not stated; used as a fallback when a page carries no cursor. The minimum of 0 is inferred (whichever the base, no page is negative): a negative page is refused with a `ValidationError` before sending. */
                page?: number;
                /** @description Opaque cursor from the previous page's `pageInfo.cursor` (seen in real traffic, not in the users page's table). Looks like base64 of an epoch-milliseconds number; do not decode. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of users, in the documented envelope or the observed flat shape. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserListResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserRequest"];
            };
        };
        responses: {
            /** @description An existing user was updated (upsert); assumed to return the user as for 201. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description The user was created. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user: their UUID (documented), e-mail address or `externalCustomerId` (documented for
                 *     `updateStatus`, seen or inferred for the other user routes). URL-encode it; e-mail addresses
                 *     contain `@` and often `+`.
                 */
                id: components["parameters"]["UserRef"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user, bare (observed) or in the documented `data.UserById` envelope. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserByIdResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user: their UUID (documented), e-mail address or `externalCustomerId` (documented for
                 *     `updateStatus`, seen or inferred for the other user routes). URL-encode it; e-mail addresses
                 *     contain `@` and often `+`.
                 */
                id: components["parameters"]["UserRef"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserInput"];
            };
        };
        responses: {
            /** @description The updated user (assumed). */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    updateUserStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user: their UUID (documented), e-mail address or `externalCustomerId` (documented for
                 *     `updateStatus`, seen or inferred for the other user routes). URL-encode it; e-mail addresses
                 *     contain `@` and often `+`.
                 */
                id: components["parameters"]["UserRef"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserStatusRequest"];
            };
        };
        responses: {
            /** @description The status now in force. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserStatusResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    resetCourseProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user: their UUID (documented), e-mail address or `externalCustomerId` (documented for
                 *     `updateStatus`, seen or inferred for the other user routes). URL-encode it; e-mail addresses
                 *     contain `@` and often `+`.
                 */
                id: components["parameters"]["UserRef"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetCourseProgressRequest"];
            };
        };
        responses: {
            /** @description The reset was applied. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResetCourseProgressResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    resetLearningPathProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user: their UUID (documented), e-mail address or `externalCustomerId` (documented for
                 *     `updateStatus`, seen or inferred for the other user routes). URL-encode it; e-mail addresses
                 *     contain `@` and often `+`.
                 */
                id: components["parameters"]["UserRef"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetLearningPathProgressRequest"];
            };
        };
        responses: {
            /** @description The reset was applied. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResetLearningPathProgressResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    getUserZendeskContent: {
        parameters: {
            query: {
                /** @description The user's UUID (documented as required in addition to the path). */
                userId: string;
            };
            header?: never;
            path: {
                /**
                 * @description The user: their UUID (documented), e-mail address or `externalCustomerId` (documented for
                 *     `updateStatus`, seen or inferred for the other user routes). URL-encode it; e-mail addresses
                 *     contain `@` and often `+`.
                 */
                id: components["parameters"]["UserRef"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user's content. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZendeskContentResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    recordLearningPathExternalActivity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LearningPathExternalActivityRequest"];
            };
        };
        responses: {
            /** @description Recorded; the body is empty. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    listCourseActionEvents: {
        parameters: {
            query?: {
                /** @description Sub-type filter within the feed, for example `started` or `completed` for course actions. An open set. */
                kind?: components["parameters"]["EventKindFilter"];
                /** @description Documented opaque cursor from `pageInfo.cursor` of the documented envelope. Production clients page by time window instead; this parameter is not used by the client's paging. */
                cursor?: components["parameters"]["EventCursor"];
                /** @description Inclusive lower bound of the time window: epoch milliseconds (overview page, real traffic) or an ISO 8601 timestamp (events pages). Keep it fixed while the window slides. */
                startDate?: number | (string | Date);
                /** @description Inclusive upper bound of the time window, in the same forms as `startDate`. The window slide sets it to the oldest event's timestamp in epoch milliseconds minus 1. */
                endDate?: number | (string | Date);
                /** @description Only events about this course or other resource. */
                notifiableId?: components["parameters"]["NotifiableId"];
                /** @description Only events of this learner. */
                userId?: components["parameters"]["EventUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Events in the window, newest first, in the documented envelope or the observed flat shape. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventListResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    listCourseViewEvents: {
        parameters: {
            query?: {
                /** @description Sub-type filter within the feed, for example `started` or `completed` for course actions. An open set. */
                kind?: components["parameters"]["EventKindFilter"];
                /** @description Documented opaque cursor from `pageInfo.cursor` of the documented envelope. Production clients page by time window instead; this parameter is not used by the client's paging. */
                cursor?: components["parameters"]["EventCursor"];
                /** @description Inclusive lower bound of the time window: epoch milliseconds (overview page, real traffic) or an ISO 8601 timestamp (events pages). Keep it fixed while the window slides. */
                startDate?: number | (string | Date);
                /** @description Inclusive upper bound of the time window, in the same forms as `startDate`. The window slide sets it to the oldest event's timestamp in epoch milliseconds minus 1. */
                endDate?: number | (string | Date);
                /** @description Only events about this course or other resource. */
                notifiableId?: components["parameters"]["NotifiableId"];
                /** @description Only events of this learner. */
                userId?: components["parameters"]["EventUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Events in the window, newest first, in the documented envelope or the observed flat shape. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventListResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    listCoursePurchaseEvents: {
        parameters: {
            query?: {
                /** @description Sub-type filter within the feed, for example `started` or `completed` for course actions. An open set. */
                kind?: components["parameters"]["EventKindFilter"];
                /** @description Documented opaque cursor from `pageInfo.cursor` of the documented envelope. Production clients page by time window instead; this parameter is not used by the client's paging. */
                cursor?: components["parameters"]["EventCursor"];
                /** @description Inclusive lower bound of the time window: epoch milliseconds (overview page, real traffic) or an ISO 8601 timestamp (events pages). Keep it fixed while the window slides. */
                startDate?: number | (string | Date);
                /** @description Inclusive upper bound of the time window, in the same forms as `startDate`. The window slide sets it to the oldest event's timestamp in epoch milliseconds minus 1. */
                endDate?: number | (string | Date);
                /** @description Only events about this course or other resource. */
                notifiableId?: components["parameters"]["NotifiableId"];
                /** @description Only events of this learner. */
                userId?: components["parameters"]["EventUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Events in the window, newest first, in the documented envelope or the observed flat shape. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventListResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    listCourseCompletionEvents: {
        parameters: {
            query?: {
                /** @description Sub-type filter within the feed, for example `started` or `completed` for course actions. An open set. */
                kind?: components["parameters"]["EventKindFilter"];
                /** @description Documented opaque cursor from `pageInfo.cursor` of the documented envelope. Production clients page by time window instead; this parameter is not used by the client's paging. */
                cursor?: components["parameters"]["EventCursor"];
                /** @description Inclusive lower bound of the time window: epoch milliseconds (overview page, real traffic) or an ISO 8601 timestamp (events pages). Keep it fixed while the window slides. */
                startDate?: number | (string | Date);
                /** @description Inclusive upper bound of the time window, in the same forms as `startDate`. The window slide sets it to the oldest event's timestamp in epoch milliseconds minus 1. */
                endDate?: number | (string | Date);
                /** @description Only events about this course or other resource. */
                notifiableId?: components["parameters"]["NotifiableId"];
                /** @description Only events of this learner. */
                userId?: components["parameters"]["EventUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Events in the window, newest first, in the documented envelope or the observed flat shape. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventListResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    listCourseEnrollmentEvents: {
        parameters: {
            query?: {
                /** @description Sub-type filter within the feed, for example `started` or `completed` for course actions. An open set. */
                kind?: components["parameters"]["EventKindFilter"];
                /** @description Documented opaque cursor from `pageInfo.cursor` of the documented envelope. Production clients page by time window instead; this parameter is not used by the client's paging. */
                cursor?: components["parameters"]["EventCursor"];
                /** @description Inclusive lower bound of the time window: epoch milliseconds (overview page, real traffic) or an ISO 8601 timestamp (events pages). Keep it fixed while the window slides. */
                startDate?: number | (string | Date);
                /** @description Inclusive upper bound of the time window, in the same forms as `startDate`. The window slide sets it to the oldest event's timestamp in epoch milliseconds minus 1. */
                endDate?: number | (string | Date);
                /** @description Only events about this course or other resource. */
                notifiableId?: components["parameters"]["NotifiableId"];
                /** @description Only events of this learner. */
                userId?: components["parameters"]["EventUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Events in the window, newest first, in the documented envelope or the observed flat shape. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventListResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    listCourseCertificateEvents: {
        parameters: {
            query?: {
                /** @description Sub-type filter within the feed, for example `started` or `completed` for course actions. An open set. */
                kind?: components["parameters"]["EventKindFilter"];
                /** @description Documented opaque cursor from `pageInfo.cursor` of the documented envelope. Production clients page by time window instead; this parameter is not used by the client's paging. */
                cursor?: components["parameters"]["EventCursor"];
                /** @description Inclusive lower bound of the time window: epoch milliseconds (overview page, real traffic) or an ISO 8601 timestamp (events pages). Keep it fixed while the window slides. */
                startDate?: number | (string | Date);
                /** @description Inclusive upper bound of the time window, in the same forms as `startDate`. The window slide sets it to the oldest event's timestamp in epoch milliseconds minus 1. */
                endDate?: number | (string | Date);
                /** @description Only events about this course or other resource. */
                notifiableId?: components["parameters"]["NotifiableId"];
                /** @description Only events of this learner. */
                userId?: components["parameters"]["EventUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Events in the window, newest first, in the documented envelope or the observed flat shape. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventListResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    listActiveCourseCertificateEvents: {
        parameters: {
            query?: {
                /** @description Sub-type filter within the feed, for example `started` or `completed` for course actions. An open set. */
                kind?: components["parameters"]["EventKindFilter"];
                /** @description Documented opaque cursor from `pageInfo.cursor` of the documented envelope. Production clients page by time window instead; this parameter is not used by the client's paging. */
                cursor?: components["parameters"]["EventCursor"];
                /** @description Inclusive lower bound of the time window: epoch milliseconds (overview page, real traffic) or an ISO 8601 timestamp (events pages). Keep it fixed while the window slides. */
                startDate?: number | (string | Date);
                /** @description Inclusive upper bound of the time window, in the same forms as `startDate`. The window slide sets it to the oldest event's timestamp in epoch milliseconds minus 1. */
                endDate?: number | (string | Date);
                /** @description Only events about this course or other resource. */
                notifiableId?: components["parameters"]["NotifiableId"];
                /** @description Only events of this learner. */
                userId?: components["parameters"]["EventUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Events in the window, newest first, in the documented envelope or the observed flat shape. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventListResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    listLoginEvents: {
        parameters: {
            query?: {
                /** @description Sub-type filter within the feed, for example `started` or `completed` for course actions. An open set. */
                kind?: components["parameters"]["EventKindFilter"];
                /** @description Documented opaque cursor from `pageInfo.cursor` of the documented envelope. Production clients page by time window instead; this parameter is not used by the client's paging. */
                cursor?: components["parameters"]["EventCursor"];
                /** @description Inclusive lower bound of the time window: epoch milliseconds (overview page, real traffic) or an ISO 8601 timestamp (events pages). Keep it fixed while the window slides. */
                startDate?: number | (string | Date);
                /** @description Inclusive upper bound of the time window, in the same forms as `startDate`. The window slide sets it to the oldest event's timestamp in epoch milliseconds minus 1. */
                endDate?: number | (string | Date);
                /** @description Only events about this course or other resource. */
                notifiableId?: components["parameters"]["NotifiableId"];
                /** @description Only events of this learner. */
                userId?: components["parameters"]["EventUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Events in the window, newest first, in the documented envelope or the observed flat shape. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventListResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    listVisitEvents: {
        parameters: {
            query?: {
                /** @description Sub-type filter within the feed, for example `started` or `completed` for course actions. An open set. */
                kind?: components["parameters"]["EventKindFilter"];
                /** @description Documented opaque cursor from `pageInfo.cursor` of the documented envelope. Production clients page by time window instead; this parameter is not used by the client's paging. */
                cursor?: components["parameters"]["EventCursor"];
                /** @description Inclusive lower bound of the time window: epoch milliseconds (overview page, real traffic) or an ISO 8601 timestamp (events pages). Keep it fixed while the window slides. */
                startDate?: number | (string | Date);
                /** @description Inclusive upper bound of the time window, in the same forms as `startDate`. The window slide sets it to the oldest event's timestamp in epoch milliseconds minus 1. */
                endDate?: number | (string | Date);
                /** @description Only events about this course or other resource. */
                notifiableId?: components["parameters"]["NotifiableId"];
                /** @description Only events of this learner. */
                userId?: components["parameters"]["EventUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Events in the window, newest first, in the documented envelope or the observed flat shape. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventListResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    listLearningPathActionEvents: {
        parameters: {
            query?: {
                /** @description Sub-type filter within the feed, for example `started` or `completed` for course actions. An open set. */
                kind?: components["parameters"]["EventKindFilter"];
                /** @description Documented opaque cursor from `pageInfo.cursor` of the documented envelope. Production clients page by time window instead; this parameter is not used by the client's paging. */
                cursor?: components["parameters"]["EventCursor"];
                /** @description Inclusive lower bound of the time window: epoch milliseconds (overview page, real traffic) or an ISO 8601 timestamp (events pages). Keep it fixed while the window slides. */
                startDate?: number | (string | Date);
                /** @description Inclusive upper bound of the time window, in the same forms as `startDate`. The window slide sets it to the oldest event's timestamp in epoch milliseconds minus 1. */
                endDate?: number | (string | Date);
                /** @description Only events about this course or other resource. */
                notifiableId?: components["parameters"]["NotifiableId"];
                /** @description Only events of this learner. */
                userId?: components["parameters"]["EventUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Events in the window, newest first, in the documented envelope or the observed flat shape. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventListResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    listEmailCaptureEvents: {
        parameters: {
            query?: {
                /** @description Sub-type filter within the feed, for example `started` or `completed` for course actions. An open set. */
                kind?: components["parameters"]["EventKindFilter"];
                /** @description Documented opaque cursor from `pageInfo.cursor` of the documented envelope. Production clients page by time window instead; this parameter is not used by the client's paging. */
                cursor?: components["parameters"]["EventCursor"];
                /** @description Inclusive lower bound of the time window: epoch milliseconds (overview page, real traffic) or an ISO 8601 timestamp (events pages). Keep it fixed while the window slides. */
                startDate?: number | (string | Date);
                /** @description Inclusive upper bound of the time window, in the same forms as `startDate`. The window slide sets it to the oldest event's timestamp in epoch milliseconds minus 1. */
                endDate?: number | (string | Date);
                /** @description Only events about this course or other resource. */
                notifiableId?: components["parameters"]["NotifiableId"];
                /** @description Only events of this learner. */
                userId?: components["parameters"]["EventUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Events in the window, newest first, in the documented envelope or the observed flat shape. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventListResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
}
