// generated — do not edit. Source: specs/sparkwise/openapi.yaml; run `pnpm generate`.

import { type ProviderMetadata, pagePagination } from "@clientele/core";
import type { components } from "./openapi.js";

export const metadata = {
  "errors": {
    "code": [
      "/error/code",
      "/error"
    ],
    "failure": {
      "equals": false,
      "pointer": "/success"
    },
    "message": [
      "/error/message",
      "/error"
    ]
  },
  "factory": "createSparkwiseClient",
  "name": "sparkwise",
  "operations": {
    "GET /clusters": {
      "constraints": [
        {
          "lessThan": [
            "from",
            "to"
          ]
        }
      ],
      "params": {
        "query": {
          "from": {
            "format": "date-time",
            "type": "string",
            "utc": true
          },
          "to": {
            "format": "date-time",
            "type": "string",
            "utc": true
          }
        }
      },
      "payload": "/data/items"
    },
    "GET /completions": {
      "constraints": [
        {
          "lessThan": [
            "from",
            "to"
          ]
        }
      ],
      "params": {
        "query": {
          "from": {
            "format": "date-time",
            "type": "string",
            "utc": true
          },
          "to": {
            "format": "date-time",
            "type": "string",
            "utc": true
          }
        }
      }
    },
    "GET /users": {
      "pagination": {
        "firstPage": 0,
        "items": "/data/items",
        "pageParam": "page",
        "sizeParam": "pageSize",
        "sizeUsed": "/data/size",
        "style": "page",
        "totalPages": "/data/totalPages"
      },
      "params": {
        "query": {
          "page": {
            "minimum": 0,
            "type": "integer"
          },
          "pageSize": {
            "maximum": 200,
            "minimum": 1,
            "type": "integer"
          }
        }
      }
    },
    "POST /users/batch-deactivate": {
      "batch": {
        "failureKey": "/user/remoteId",
        "failureReason": "/error",
        "failures": "/data/failed",
        "items": "/users",
        "key": "/remoteId",
        "max": 200,
        "member": {
          "fields": {
            "id": {
              "type": "string"
            },
            "remoteId": {
              "minLength": 1,
              "type": "string"
            }
          },
          "required": [
            "remoteId"
          ]
        }
      },
      "idempotent": true
    },
    "POST /users/batch-upsert": {
      "batch": {
        "failureKey": "/user/remoteId",
        "failureReason": "/error",
        "failures": "/data/failed",
        "items": "/users",
        "key": "/remoteId",
        "max": 200,
        "member": {
          "fields": {
            "active": {
              "type": "boolean"
            },
            "email": {
              "type": "string"
            },
            "firstName": {
              "type": "string"
            },
            "lastName": {
              "type": "string"
            },
            "remoteId": {
              "minLength": 1,
              "type": "string"
            }
          },
          "required": [
            "remoteId"
          ]
        }
      },
      "idempotent": true
    }
  },
  "security": [
    [
      "ServerApiKey"
    ]
  ],
  "securitySchemes": {
    "ServerApiKey": {
      "in": "header",
      "name": "x-api-key",
      "type": "apiKey"
    }
  },
  "servers": [
    {
      "url": "https://account-api.sparkwise.co"
    }
  ],
  "pageStyles": {
    "page": pagePagination
  }
} as const satisfies ProviderMetadata;

/** The type of one item of every paginated path. */
export interface PageItems {
  "/users": components["schemas"]["User"];
}
