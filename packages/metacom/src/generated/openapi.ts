// generated — do not edit. Source: specs/metacom/openapi.yaml; run `pnpm generate`.
export interface paths {
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description Lists the users of the environment named by `environment-id`, one page at a time. Pagination is
         *     keyset on `_id`: `pagination.next` is a bare query string (for example
         *     `limit=1&after=68303113fa82b1ec8b3d7c14`, no leading `?`) to merge into the next request.
         *
         *     Unconfirmed: the order (inferred: ascending `_id`, which the `after=<_id>` keyset suggests and which
         *     for ObjectIds is creation order; not documented, and the client follows `next` whatever the order);
         *     the default and maximum of `limit`, and its minimum of 1 (inferred; the client refuses a smaller
         *     value with a `ValidationError` before sending, since what `limit=0` does is unknown); whether `next` is absent or `null` on the last page
         *     (both are accepted); any `previous`/`before` counterpart of `hasPrevious`; the filter parameters the
         *     docs allude to ("limit for pagination or filtering" — none is named, so none is declared); the
         *     HTTP status of each error.
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
    "/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user
         * @description Retrieves all the details of one user.
         *
         *     Unconfirmed: the shape of `data`. The documentation's own example returns `data` as an array holding
         *     the one user, while an object would be the natural reading; both are accepted. The set of user
         *     fields beyond `_id`, `username`, `profile` and the metadata fields comes from the server-side script
         *     API and is not confirmed for REST; secret material (`authentication`) is expected to be stripped.
         *     A 404 for an unknown id is assumed, not documented.
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/reference-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user's reference data
         * @description Retrieves the reference data associated with a user account.
         *
         *     Unconfirmed: listed only on the older version of the docs page (the newer one dropped it); the
         *     response body was not readable, so the `{status: "ok", data: {...}}` envelope and the open,
         *     free-form `data` object are inferred.
         */
        get: operations["getUserReferenceData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/long-lived-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a long-lived token for a user
         * @description Generates a new long-lived authentication token for the user; the caller needs the appropriate
         *     permission. Every call mints a new token, so it is not retried.
         *
         *     Unconfirmed: listed only on the older version of the docs page. The request body (optional `name`
         *     and `expiresAt` are guesses; send `{}` unless they are confirmed), the response body
         *     (`data.token`, `data.createdOn`), whether success is 200 or 201, whether the token is shown only
         *     once, and 403 on missing permission are all inferred.
         */
        post: operations["createLongLivedToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a password reset
         * @description Starts the password-reset flow for the user identified in the body (the docs say "e.g. email");
         *     sends an e-mail, so it is not retried.
         *
         *     Unconfirmed: listed only on the older version of the docs page. The body `{email}` (the server may
         *     also accept `username` or `userId`), the `{status: "ok"}` response, the same answer whether or not
         *     the address exists, and whether a bearer token is needed at all (the docs say "most" endpoints need
         *     one; this spec sends it) are inferred.
         */
        post: operations["resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/reset-2FA": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset a user's two-factor authentication
         * @description Clears a user's TOTP two-factor enrolment so that the user sets it up again; needs elevated
         *     permission. The path is case-exact (`reset-2FA`). Not retried.
         *
         *     Unconfirmed: listed only on the older version of the docs page. The body `{userId}`, the
         *     `{status: "ok"}` response and 403 on missing permission are inferred.
         */
        post: operations["resetTwoFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/usage-statistics/active-users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count active users
         * @description Returns the number of currently active users of the environment ("environment size").
         *
         *     Unconfirmed: what "active" means (most likely users whose membership of the environment is active,
         *     not users logged in recently) and the HTTP status of each error.
         */
        get: operations["getActiveUsersCount"];
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
        /** @description The error object of every failed call. `status`, `error` and `description` are documented; the docs are cut off after the start of a fourth field, read as `message`. */
        ErrorEnvelope: {
            /** @constant */
            status: "error";
            /**
             * @description Machine-readable error code; an open set. Documented: `validation_error`. Seen in inferred test vectors: `unauthorized`, `forbidden`, `not_found`.
             * @example validation_error
             * @example unauthorized
             * @example forbidden
             * @example not_found
             */
            error: string;
            /** @description Detail text, Joi-style for validation errors (`Body error: "value" must be of type object`). */
            description?: string;
            /** @description Short human-readable message (inferred field; the docs are cut off at `"mes`). */
            message?: string;
        };
        /** @description Keyset pagination state of a users page. The documented example has all three members, but no field is documented as required, so none is: without `hasNext` the walk follows `next` and ends where it is missing. */
        Pagination: {
            hasPrevious?: boolean;
            /** @description False on the last page. */
            hasNext?: boolean;
            /**
             * @description Query string for the next page, without a leading `?` and already repeating `limit`, e.g. `limit=1&after=68303113fa82b1ec8b3d7c14`. Absent (or null; not confirmed which) on the last page.
             * @example limit=1&after=68303113fa82b1ec8b3d7c14
             */
            next?: string | null;
        };
        /** @description One page of users. Only `data` is required (inferred: every documented example has it, and the client reads the page's users from it); `status` and `pagination` are in every example but not documented as required. */
        UserList: {
            /** @constant */
            status?: "ok";
            data: components["schemas"]["User"][];
            pagination?: components["schemas"]["Pagination"];
        };
        /** @description One user. The docs' example wraps the user in a one-element array; an object is accepted too. Only `data` is required (inferred: the client's `getUser` reads the user from it). */
        UserResponse: {
            /** @constant */
            status?: "ok";
            data: components["schemas"]["User"] | components["schemas"]["User"][];
        };
        /** @description A global user account. Documented in REST examples: `_id`, `username`, `profile`, `_createdOn`, `_lastModifiedOn`. The other fields come from the server-side script API's user document and are not confirmed for REST. Open: further fields may appear. `_id` is required (inferred: it is the user's identity, in every example, and the client's `getUser` matches the user asked for by it); `username` is in every example but not documented as required. */
        User: {
            /**
             * @description 24-hex-character ObjectId, or a 17-character legacy id for older accounts.
             * @example 68303113fa82b1ec8b3d7c14
             * @example 1YNEXKYkPnqk52Fzf
             */
            _id: string;
            /** @description Global login name; usually an e-mail address, but not always (`admin`). */
            username?: string;
            profile?: components["schemas"]["UserProfile"];
            /** Format: date-time */
            _createdOn?: string;
            /** @description Id of the creating user, or `system`. */
            _createdByUserId?: string;
            /** Format: date-time */
            _lastModifiedOn?: string;
            _lastModifiedByUserId?: string | null;
            /** Format: date-time */
            lastLogin?: string;
            /** @description Global addresses, used for system mail such as password resets. */
            globalEmails?: components["schemas"]["UserEmail"][];
            /** @description Older name of `globalEmails`, seen on v1 accounts. */
            emails?: components["schemas"]["UserEmail"][];
            partnerId?: string;
            isBizzStreamSupport?: boolean;
            /** @description Seen on v1 accounts; meaning not documented. */
            external?: boolean;
            authentication?: components["schemas"]["UserAuthentication"];
        } & {
            [key: string]: unknown;
        };
        UserEmail: {
            /** Format: email */
            address: string;
            verified?: boolean;
        };
        /** @description Per-user settings; open. `environments` holds the per-environment properties keyed by environment id. */
        UserProfile: {
            /** @description Per-environment user properties keyed by environment id (e.g. `acme_prod`). */
            environments?: {
                [key: string]: components["schemas"]["UserEnvironmentProfile"];
            };
            globalDisableCache?: boolean;
        } & {
            [key: string]: unknown;
        };
        /** @description A user's properties in one environment. The v1 docs name name, e-mail, language, locale, active and administrator; the exact keys are not documented, so all are optional and others may appear. */
        UserEnvironmentProfile: {
            name?: string;
            /** @description Environment-specific address, used by workflows. */
            email?: string;
            /**
             * @example en
             * @example nl
             */
            language?: string;
            /** @example nl-NL */
            locale?: string;
            /** @description Whether the user can open the environment. */
            active?: boolean;
            /** @description Whether the user administers the environment (key name inferred). */
            admin?: boolean;
        } & {
            [key: string]: unknown;
        };
        /** @description Secret login material in the internal user document; expected to be stripped or redacted by the REST API. Do not rely on it. */
        UserAuthentication: {
            password?: unknown;
            logins?: unknown[];
        } & {
            [key: string]: unknown;
        };
        ReferenceDataResponse: {
            /** @constant */
            status: "ok";
            data: components["schemas"]["ReferenceData"];
        };
        /** @description Free-form reference data attached to a user (content undocumented; may be empty). */
        ReferenceData: {
            [key: string]: unknown;
        };
        /** @description Request body for minting a long-lived token. Not documented; `{}` is assumed to be enough. The two optional fields are guesses — do not send them until confirmed. */
        LongLivedTokenRequest: {
            /** @description Label for the token (inferred). */
            name?: string;
            /**
             * Format: date-time
             * @description Requested expiry (inferred).
             */
            expiresAt?: string;
        } & {
            [key: string]: unknown;
        };
        LongLivedTokenResponse: {
            /** @constant */
            status: "ok";
            data: components["schemas"]["LongLivedToken"];
        };
        /** @description A newly minted long-lived token (inferred shape). Store `token` at once; it may not be shown again. */
        LongLivedToken: {
            /** @description The bearer token value. */
            token: string;
            /** Format: date-time */
            createdOn?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Identifies the user whose password is reset. The docs say the user is identified "e.g. by email"; `email` is inferred (the server may also accept `username` or `userId`). */
        ResetPasswordRequest: {
            /** Format: email */
            email: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Acknowledgement (inferred shape). */
        ResetPasswordResponse: {
            /** @constant */
            status: "ok";
        };
        /** @description Identifies the user whose 2FA enrolment is reset (inferred shape). */
        ResetTwoFactorRequest: {
            userId: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Acknowledgement (inferred shape). */
        ResetTwoFactorResponse: {
            /** @constant */
            status: "ok";
        };
        /** @description The active-user count. Only `data` is required (inferred, as in `UserList`: the count is read from it). */
        ActiveUsersResponse: {
            /** @constant */
            status?: "ok";
            data: components["schemas"]["ActiveUsers"];
        };
        /** @description `{activeUsers}` in the documented example; no field is documented as required, so none is. */
        ActiveUsers: {
            /** @description Number of currently active users of the environment. */
            activeUsers?: number;
        };
    };
    responses: {
        /** @description An error. The HTTP status per error is not documented (presumably 400 `validation_error`, 401, 403, 404, 500). */
        Error: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
    };
    parameters: {
        /**
         * @description The user's `_id`: a 24-hex-character ObjectId (`68303113fa82b1ec8b3d7c14`) or, for older accounts, a 17-character legacy id (`1YNEXKYkPnqk52Fzf`).
         * @example 68303113fa82b1ec8b3d7c14
         */
        UserId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type ErrorEnvelope = components['schemas']['ErrorEnvelope'];
export type Pagination = components['schemas']['Pagination'];
export type UserList = components['schemas']['UserList'];
export type UserResponse = components['schemas']['UserResponse'];
export type User = components['schemas']['User'];
export type UserEmail = components['schemas']['UserEmail'];
export type UserProfile = components['schemas']['UserProfile'];
export type UserEnvironmentProfile = components['schemas']['UserEnvironmentProfile'];
export type UserAuthentication = components['schemas']['UserAuthentication'];
export type ReferenceDataResponse = components['schemas']['ReferenceDataResponse'];
export type ReferenceData = components['schemas']['ReferenceData'];
export type LongLivedTokenRequest = components['schemas']['LongLivedTokenRequest'];
export type LongLivedTokenResponse = components['schemas']['LongLivedTokenResponse'];
export type LongLivedToken = components['schemas']['LongLivedToken'];
export type ResetPasswordRequest = components['schemas']['ResetPasswordRequest'];
export type ResetPasswordResponse = components['schemas']['ResetPasswordResponse'];
export type ResetTwoFactorRequest = components['schemas']['ResetTwoFactorRequest'];
export type ResetTwoFactorResponse = components['schemas']['ResetTwoFactorResponse'];
export type ActiveUsersResponse = components['schemas']['ActiveUsersResponse'];
export type ActiveUsers = components['schemas']['ActiveUsers'];
export type ResponseError = components['responses']['Error'];
export type ParameterUserId = components['parameters']['UserId'];
export type $defs = Record<string, never>;
export interface operations {
    listUsers: {
        parameters: {
            query?: {
                /**
                 * @description Page size. Default and maximum are not documented; the minimum of 1 is inferred (a page size of 0 or less is refused before sending).
                 * @example 50
                 */
                limit?: number;
                /**
                 * @description Keyset cursor: the `_id` of the last user of the previous page. Normally taken from `pagination.next` rather than set by hand.
                 * @example 68303113fa82b1ec8b3d7c14
                 */
                after?: string;
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
                    "application/json": components["schemas"]["UserList"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's `_id`: a 24-hex-character ObjectId (`68303113fa82b1ec8b3d7c14`) or, for older accounts, a 17-character legacy id (`1YNEXKYkPnqk52Fzf`).
                 * @example 68303113fa82b1ec8b3d7c14
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    getUserReferenceData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's `_id`: a 24-hex-character ObjectId (`68303113fa82b1ec8b3d7c14`) or, for older accounts, a 17-character legacy id (`1YNEXKYkPnqk52Fzf`).
                 * @example 68303113fa82b1ec8b3d7c14
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user's reference data. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceDataResponse"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    createLongLivedToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's `_id`: a 24-hex-character ObjectId (`68303113fa82b1ec8b3d7c14`) or, for older accounts, a 17-character legacy id (`1YNEXKYkPnqk52Fzf`).
                 * @example 68303113fa82b1ec8b3d7c14
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LongLivedTokenRequest"];
            };
        };
        responses: {
            /** @description The new token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LongLivedTokenResponse"];
                };
            };
            /** @description The new token (if the server answers 201 Created; not confirmed). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LongLivedTokenResponse"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordRequest"];
            };
        };
        responses: {
            /** @description The reset was started (or the address is unknown; the answer is assumed to be the same). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResetPasswordResponse"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    resetTwoFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetTwoFactorRequest"];
            };
        };
        responses: {
            /** @description The user's 2FA enrolment was reset. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResetTwoFactorResponse"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    getActiveUsersCount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The active-user count. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActiveUsersResponse"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
}
