// generated — do not edit. Source: specs/metacom/openapi.yaml; run `pnpm generate`.

import { type ProviderMetadata, nextQueryPagination } from "@clientele/core";
import type { components } from "./openapi.js";

export const metadata = {
  "errors": {
    "code": "/error",
    "failure": {
      "equals": "error",
      "pointer": "/status"
    },
    "message": [
      "/description",
      "/message"
    ]
  },
  "factory": "createMetacomClient",
  "name": "metacom",
  "operations": {
    "GET /users": {
      "pagination": {
        "hasMore": "/pagination/hasNext",
        "items": "/data",
        "nextQuery": "/pagination/next",
        "sizeParam": "limit",
        "style": "next-query"
      },
      "params": {
        "query": {
          "after": {
            "type": "string"
          },
          "limit": {
            "minimum": 1,
            "type": "integer"
          }
        }
      }
    },
    "GET /users/{userId}": {
      "match": {
        "field": "/_id",
        "param": "userId"
      },
      "params": {
        "path": {
          "userId": {
            "minLength": 1,
            "required": true,
            "type": "string"
          }
        }
      },
      "payload": "/data"
    },
    "GET /users/{userId}/reference-data": {
      "params": {
        "path": {
          "userId": {
            "minLength": 1,
            "required": true,
            "type": "string"
          }
        }
      }
    },
    "POST /users/{userId}/long-lived-tokens": {
      "params": {
        "path": {
          "userId": {
            "minLength": 1,
            "required": true,
            "type": "string"
          }
        }
      },
      "payload": "/data"
    }
  },
  "security": [
    [
      "bearerAuth",
      "environmentId"
    ]
  ],
  "securitySchemes": {
    "bearerAuth": {
      "credential": {
        "option": "token"
      },
      "scheme": "bearer",
      "type": "http"
    },
    "environmentId": {
      "credential": {
        "option": "environmentId"
      },
      "in": "header",
      "name": "environment-id",
      "type": "apiKey"
    }
  },
  "servers": [
    {
      "url": "https://{domain}/api/v2",
      "variables": {
        "domain": {
          "default": "your-metacom-domain.invalid",
          "option": {
            "pattern": "^[A-Za-z0-9.-]+(:\\d{1,5})?$",
            "required": true,
            "shape": "a host name such as acme.metacom.example, without a scheme or path"
          }
        }
      }
    }
  ],
  "pageStyles": {
    "next-query": nextQueryPagination
  }
} as const satisfies ProviderMetadata;

/** The type of one item of every paginated path. */
export interface PageItems {
  "/users": components["schemas"]["User"];
}
