/**
 * Where each spec extension is interpreted. `scripts/generate` copies an extension into the
 * provider's generated metadata under `field` (see `spec/metadata.ts` for its shape); at run time
 * only the code named here reads that field. Nothing imports this map: it is the index a reader
 * follows, and `test/architecture.test.ts` checks that every extension of `specs/README.md` is in it
 * and that every file and function it names exists.
 */
export const EXTENSIONS = {
  "x-errors": {
    field: "errors",
    readBy: ["request/response.ts#apiError", "request/response.ts#unwrap"],
  },
  "x-rate-limit": {
    field: "rateLimit",
    readBy: ["client/client.ts#createClient", "request/pacer.ts#createPacer"],
  },
  "x-idempotent": { field: "operations.*.idempotent", readBy: ["request/call.ts#call"] },
  "x-pagination": {
    field: "operations.*.pagination",
    readBy: ["pagination/paginate.ts#createPaginator", "pagination/walk.ts#walk"],
  },
  "x-batch": {
    field: "operations.*.batch",
    readBy: [
      "client/batch.ts#runBatch",
      "request/validate.ts#prepareParams",
      "request/validate.ts#checkMembers",
    ],
  },
  "x-constraints": { field: "operations.*.constraints", readBy: ["request/validate.ts#prepareParams"] },
  "x-credential": {
    field: "securitySchemes.*.credential",
    readBy: [
      "client/client.ts#createClient",
      "client/provider-client.ts#createProviderClient",
      "security/redact.ts#createRedactor",
    ],
  },
  "x-client-option": {
    field: "servers.*.variables.*.option", // and `pathOptions`, for a path parameter
    readBy: ["client/provider-client.ts#createProviderClient", "request/validate.ts#prepareParams"],
  },
  "x-method": { field: "operations.*.payload", readBy: ["client/operation-call.ts#callOperation"] },
  "x-client": { field: "factory", readBy: ["client/provider-client.ts#createProviderClient"] },
  "x-client-choices": { field: "choices", readBy: ["client/choices.ts#chooseOptions"] },
  "x-serialize": {
    field: "operations.*.params.*.*.json", // and `.epochMs`, `.utc`, `.sortKeys`, `.items`
    readBy: ["request/validate.ts#prepareParams"],
  },
} as const;
