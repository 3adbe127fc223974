// generated — do not edit. Source: specs/mercury/openapi.yaml; run `pnpm generate`.

import { type ProviderMetadata, keysetPagination } from "@clientele/core";
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
      "/message",
      "/error/message",
      "/error"
    ]
  },
  "factory": "createMercuryClient",
  "name": "mercury",
  "operations": {
    "GET /projects/{projectId}/users/properties": {
      "pagination": {
        "inclusive": true,
        "items": "/data/items",
        "keyField": "/userId",
        "keyParam": "startId",
        "sizeParam": "limit",
        "style": "keyset"
      },
      "params": {
        "path": {
          "projectId": {
            "minLength": 1,
            "required": true,
            "type": "string"
          }
        },
        "query": {
          "filters": {
            "items": {
              "fields": {
                "field": {
                  "minLength": 1,
                  "type": "string"
                },
                "mode": {
                  "enum": [
                    "include",
                    "exclude"
                  ],
                  "type": "string"
                },
                "operator": {
                  "minLength": 1,
                  "type": "string"
                },
                "value": {
                  "nullable": true,
                  "type": [
                    "string",
                    "number",
                    "boolean"
                  ]
                }
              },
              "required": [
                "mode",
                "field",
                "operator",
                "value"
              ]
            },
            "json": true,
            "type": "string"
          },
          "limit": {
            "minimum": 1,
            "type": "integer"
          },
          "sortBy": {
            "pattern": "^[+-][^,]+(,[+-][^,]+)*$",
            "sortKeys": true,
            "type": "string"
          },
          "stageIds": {
            "explode": false,
            "items": {
              "pattern": "^[^,]+$",
              "type": "string"
            },
            "minItems": 1,
            "type": "array"
          },
          "startId": {
            "minLength": 1,
            "type": "string"
          }
        }
      }
    }
  },
  "pathOptions": {
    "projectId": {
      "minLength": 1,
      "type": "string"
    }
  },
  "security": [
    [
      "bearerAuth"
    ]
  ],
  "securitySchemes": {
    "bearerAuth": {
      "scheme": "bearer",
      "type": "http"
    }
  },
  "servers": [
    {
      "url": "https://api.mercury.ai/v1"
    }
  ],
  "pageStyles": {
    "keyset": keysetPagination
  }
} as const satisfies ProviderMetadata;

/** The type of one item of every paginated path. */
export interface PageItems {
  "/projects/{projectId}/users/properties": components["schemas"]["BotUser"];
}
