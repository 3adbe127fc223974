// generated — do not edit. Source: specs/isnotai/openapi.yaml; run `pnpm generate`.

import { type ProviderMetadata, cursorPagination } from "@clientele/core";
import type { components } from "./openapi.js";

export const metadata = {
  "choices": {
    "region": {
      "default": "us",
      "server": {
        "eu": "EU",
        "us": "US"
      }
    },
    "sendKeyAs": {
      "default": "bearer",
      "security": {
        "bearer": [
          "bearerAuth"
        ],
        "x-api-key": [
          "apiKeyHeader"
        ]
      }
    }
  },
  "errors": {
    "code": "/error/code",
    "message": "/error/message"
  },
  "factory": "createIsNotAiClient",
  "name": "isnotai",
  "operations": {
    "GET /health": {
      "auth": false
    },
    "GET /v1/analytics": {
      "params": {
        "query": {
          "groupBy": {
            "enum": [
              "hour",
              "day",
              "week"
            ],
            "type": "string"
          },
          "period": {
            "enum": [
              "24h",
              "7d",
              "30d",
              "90d"
            ],
            "type": "string"
          }
        }
      }
    },
    "GET /v1/courses": {
      "pagination": {
        "cursorParam": "cursor",
        "hasMore": "/pagination/hasMore",
        "items": "/data",
        "nextCursor": "/pagination/nextCursor",
        "sizeParam": "pageSize",
        "sizeUsed": "/pagination/limit",
        "style": "cursor"
      },
      "params": {
        "query": {
          "cursor": {
            "type": "string"
          },
          "pageSize": {
            "maximum": 100,
            "minimum": 1,
            "type": "integer"
          }
        }
      }
    },
    "GET /v1/sessions": {
      "constraints": [
        {
          "notAfter": [
            "startDate",
            "endDate"
          ]
        }
      ],
      "pagination": {
        "cursorParam": "cursor",
        "hasMore": "/pagination/hasMore",
        "items": "/data",
        "nextCursor": "/pagination/nextCursor",
        "sizeParam": "pageSize",
        "sizeUsed": "/pagination/limit",
        "style": "cursor"
      },
      "params": {
        "query": {
          "botOnly": {
            "type": "boolean"
          },
          "cursor": {
            "type": "string"
          },
          "endDate": {
            "format": "date-time",
            "type": "string"
          },
          "pageSize": {
            "maximum": 100,
            "minimum": 1,
            "type": "integer"
          },
          "startDate": {
            "format": "date-time",
            "type": "string"
          },
          "status": {
            "type": "string"
          }
        }
      }
    },
    "GET /v1/sessions/{sessionId}": {
      "params": {
        "path": {
          "sessionId": {
            "minLength": 1,
            "required": true,
            "type": "string"
          }
        }
      }
    },
    "GET /v1/sessions/{sessionId}/details": {
      "params": {
        "path": {
          "sessionId": {
            "minLength": 1,
            "required": true,
            "type": "string"
          }
        }
      }
    },
    "GET /v1/sessions/{sessionId}/events": {
      "constraints": [
        {
          "notAfter": [
            "startTime",
            "endTime"
          ]
        }
      ],
      "pagination": {
        "cursorParam": "cursor",
        "hasMore": "/pagination/hasMore",
        "items": "/data",
        "nextCursor": "/pagination/nextCursor",
        "sizeParam": "pageSize",
        "sizeUsed": "/pagination/limit",
        "style": "cursor"
      },
      "params": {
        "path": {
          "sessionId": {
            "minLength": 1,
            "required": true,
            "type": "string"
          }
        },
        "query": {
          "cursor": {
            "type": "string"
          },
          "endTime": {
            "minimum": 0,
            "type": "integer"
          },
          "pageSize": {
            "maximum": 100,
            "minimum": 1,
            "type": "integer"
          },
          "startTime": {
            "minimum": 0,
            "type": "integer"
          },
          "type": {
            "type": "string"
          }
        }
      }
    },
    "GET /v1/usage": {
      "constraints": [
        {
          "notAfter": [
            "startDate",
            "endDate"
          ]
        }
      ],
      "params": {
        "query": {
          "endDate": {
            "type": "string"
          },
          "metric": {
            "type": "string"
          },
          "startDate": {
            "type": "string"
          }
        }
      }
    },
    "GET /v1/users": {
      "pagination": {
        "cursorParam": "cursor",
        "hasMore": "/pagination/hasMore",
        "items": "/data",
        "nextCursor": "/pagination/nextCursor",
        "sizeParam": "pageSize",
        "sizeUsed": "/pagination/limit",
        "style": "cursor"
      },
      "params": {
        "query": {
          "cursor": {
            "type": "string"
          },
          "pageSize": {
            "maximum": 100,
            "minimum": 1,
            "type": "integer"
          },
          "search": {
            "type": "string"
          }
        }
      }
    },
    "GET /v1/users/{userId}/sessions": {
      "pagination": {
        "cursorParam": "cursor",
        "hasMore": "/pagination/hasMore",
        "items": "/data",
        "nextCursor": "/pagination/nextCursor",
        "sizeParam": "pageSize",
        "sizeUsed": "/pagination/limit",
        "style": "cursor"
      },
      "params": {
        "path": {
          "userId": {
            "minLength": 1,
            "required": true,
            "type": "string"
          }
        },
        "query": {
          "cursor": {
            "type": "string"
          },
          "pageSize": {
            "maximum": 100,
            "minimum": 1,
            "type": "integer"
          }
        }
      }
    }
  },
  "rateLimit": {
    "perSeconds": 60,
    "plans": {
      "enterprise": {
        "perSeconds": 60,
        "requests": 6000
      },
      "pro": {
        "perSeconds": 60,
        "requests": 600
      }
    },
    "requests": 60
  },
  "security": [
    [
      "bearerAuth"
    ],
    [
      "apiKeyHeader"
    ]
  ],
  "securitySchemes": {
    "apiKeyHeader": {
      "credential": {
        "pattern": "^aik_v1_[!-~]+$",
        "prefix": "aik_v1_",
        "shape": "a Not AI key: \"aik_v1_\" followed by the key body, no spaces"
      },
      "in": "header",
      "name": "x-api-key",
      "type": "apiKey"
    },
    "bearerAuth": {
      "credential": {
        "pattern": "^aik_v1_[!-~]+$",
        "prefix": "aik_v1_",
        "shape": "a Not AI key: \"aik_v1_\" followed by the key body, no spaces"
      },
      "scheme": "bearer",
      "type": "http"
    }
  },
  "servers": [
    {
      "description": "US",
      "url": "https://api.isnotai.com"
    },
    {
      "description": "EU",
      "url": "https://api-eu.isnotai.com"
    }
  ],
  "pageStyles": {
    "cursor": cursorPagination
  }
} as const satisfies ProviderMetadata;

/** The type of one item of every paginated path. */
export interface PageItems {
  "/v1/courses": components["schemas"]["Course"];
  "/v1/sessions": components["schemas"]["Session"];
  "/v1/sessions/{sessionId}/events": components["schemas"]["SessionEvent"];
  "/v1/users": components["schemas"]["User"];
  "/v1/users/{userId}/sessions": components["schemas"]["Session"];
}
