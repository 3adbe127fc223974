// generated — do not edit. Source: specs/thought-industries/openapi.yaml; run `pnpm generate`.

import { type ProviderMetadata, cursorPagination, windowPagination } from "@clientele/core";
import type { components } from "./openapi.js";

export const metadata = {
  "errors": {
    "code": "/error",
    "message": [
      "/message",
      "/errors/0/message",
      "/errors/0"
    ]
  },
  "factory": "createThoughtIndustriesClient",
  "name": "thought-industries",
  "operations": {
    "GET /events/activeCourseCertificate": {
      "constraints": [
        {
          "notAfter": [
            "startDate",
            "endDate"
          ]
        }
      ],
      "pagination": {
        "items": [
          "/data/APIEvents/events",
          "/events"
        ],
        "style": "window",
        "windowField": "/timestamp",
        "windowKey": "/id",
        "windowMax": 100,
        "windowParam": "endDate"
      },
      "params": {
        "query": {
          "cursor": {
            "minLength": 1,
            "type": "string"
          },
          "endDate": {
            "epochMs": true,
            "oneOf": [
              {
                "minimum": 0,
                "type": "integer"
              },
              {
                "format": "date-time",
                "type": "string"
              }
            ]
          },
          "kind": {
            "minLength": 1,
            "type": "string"
          },
          "notifiableId": {
            "type": "string"
          },
          "startDate": {
            "epochMs": true,
            "oneOf": [
              {
                "minimum": 0,
                "type": "integer"
              },
              {
                "format": "date-time",
                "type": "string"
              }
            ]
          },
          "userId": {
            "type": "string"
          }
        }
      },
      "rateLimit": {
        "perSeconds": 60,
        "requests": 100,
        "scope": "GET events category (inside the plan quota)"
      }
    },
    "GET /events/courseAction": {
      "constraints": [
        {
          "notAfter": [
            "startDate",
            "endDate"
          ]
        }
      ],
      "pagination": {
        "items": [
          "/data/APIEvents/events",
          "/events"
        ],
        "style": "window",
        "windowField": "/timestamp",
        "windowKey": "/id",
        "windowMax": 100,
        "windowParam": "endDate"
      },
      "params": {
        "query": {
          "cursor": {
            "minLength": 1,
            "type": "string"
          },
          "endDate": {
            "epochMs": true,
            "oneOf": [
              {
                "minimum": 0,
                "type": "integer"
              },
              {
                "format": "date-time",
                "type": "string"
              }
            ]
          },
          "kind": {
            "minLength": 1,
            "type": "string"
          },
          "notifiableId": {
            "type": "string"
          },
          "startDate": {
            "epochMs": true,
            "oneOf": [
              {
                "minimum": 0,
                "type": "integer"
              },
              {
                "format": "date-time",
                "type": "string"
              }
            ]
          },
          "userId": {
            "type": "string"
          }
        }
      },
      "rateLimit": {
        "perSeconds": 60,
        "requests": 100,
        "scope": "GET events category (inside the plan quota)"
      }
    },
    "GET /events/courseCertificate": {
      "constraints": [
        {
          "notAfter": [
            "startDate",
            "endDate"
          ]
        }
      ],
      "pagination": {
        "items": [
          "/data/APIEvents/events",
          "/events"
        ],
        "style": "window",
        "windowField": "/timestamp",
        "windowKey": "/id",
        "windowMax": 100,
        "windowParam": "endDate"
      },
      "params": {
        "query": {
          "cursor": {
            "minLength": 1,
            "type": "string"
          },
          "endDate": {
            "epochMs": true,
            "oneOf": [
              {
                "minimum": 0,
                "type": "integer"
              },
              {
                "format": "date-time",
                "type": "string"
              }
            ]
          },
          "kind": {
            "minLength": 1,
            "type": "string"
          },
          "notifiableId": {
            "type": "string"
          },
          "startDate": {
            "epochMs": true,
            "oneOf": [
              {
                "minimum": 0,
                "type": "integer"
              },
              {
                "format": "date-time",
                "type": "string"
              }
            ]
          },
          "userId": {
            "type": "string"
          }
        }
      },
      "rateLimit": {
        "perSeconds": 60,
        "requests": 100,
        "scope": "GET events category (inside the plan quota)"
      }
    },
    "GET /events/courseCompletion": {
      "constraints": [
        {
          "notAfter": [
            "startDate",
            "endDate"
          ]
        }
      ],
      "pagination": {
        "items": [
          "/data/APIEvents/events",
          "/events"
        ],
        "style": "window",
        "windowField": "/timestamp",
        "windowKey": "/id",
        "windowMax": 100,
        "windowParam": "endDate"
      },
      "params": {
        "query": {
          "cursor": {
            "minLength": 1,
            "type": "string"
          },
          "endDate": {
            "epochMs": true,
            "oneOf": [
              {
                "minimum": 0,
                "type": "integer"
              },
              {
                "format": "date-time",
                "type": "string"
              }
            ]
          },
          "kind": {
            "minLength": 1,
            "type": "string"
          },
          "notifiableId": {
            "type": "string"
          },
          "startDate": {
            "epochMs": true,
            "oneOf": [
              {
                "minimum": 0,
                "type": "integer"
              },
              {
                "format": "date-time",
                "type": "string"
              }
            ]
          },
          "userId": {
            "type": "string"
          }
        }
      },
      "rateLimit": {
        "perSeconds": 60,
        "requests": 100,
        "scope": "GET events category (inside the plan quota)"
      }
    },
    "GET /events/courseEnrollment": {
      "constraints": [
        {
          "notAfter": [
            "startDate",
            "endDate"
          ]
        }
      ],
      "pagination": {
        "items": [
          "/data/APIEvents/events",
          "/events"
        ],
        "style": "window",
        "windowField": "/timestamp",
        "windowKey": "/id",
        "windowMax": 100,
        "windowParam": "endDate"
      },
      "params": {
        "query": {
          "cursor": {
            "minLength": 1,
            "type": "string"
          },
          "endDate": {
            "epochMs": true,
            "oneOf": [
              {
                "minimum": 0,
                "type": "integer"
              },
              {
                "format": "date-time",
                "type": "string"
              }
            ]
          },
          "kind": {
            "minLength": 1,
            "type": "string"
          },
          "notifiableId": {
            "type": "string"
          },
          "startDate": {
            "epochMs": true,
            "oneOf": [
              {
                "minimum": 0,
                "type": "integer"
              },
              {
                "format": "date-time",
                "type": "string"
              }
            ]
          },
          "userId": {
            "type": "string"
          }
        }
      },
      "rateLimit": {
        "perSeconds": 60,
        "requests": 100,
        "scope": "GET events category (inside the plan quota)"
      }
    },
    "GET /events/coursePurchase": {
      "constraints": [
        {
          "notAfter": [
            "startDate",
            "endDate"
          ]
        }
      ],
      "pagination": {
        "items": [
          "/data/APIEvents/events",
          "/events"
        ],
        "style": "window",
        "windowField": "/timestamp",
        "windowKey": "/id",
        "windowMax": 100,
        "windowParam": "endDate"
      },
      "params": {
        "query": {
          "cursor": {
            "minLength": 1,
            "type": "string"
          },
          "endDate": {
            "epochMs": true,
            "oneOf": [
              {
                "minimum": 0,
                "type": "integer"
              },
              {
                "format": "date-time",
                "type": "string"
              }
            ]
          },
          "kind": {
            "minLength": 1,
            "type": "string"
          },
          "notifiableId": {
            "type": "string"
          },
          "startDate": {
            "epochMs": true,
            "oneOf": [
              {
                "minimum": 0,
                "type": "integer"
              },
              {
                "format": "date-time",
                "type": "string"
              }
            ]
          },
          "userId": {
            "type": "string"
          }
        }
      },
      "rateLimit": {
        "perSeconds": 60,
        "requests": 100,
        "scope": "GET events category (inside the plan quota)"
      }
    },
    "GET /events/courseView": {
      "constraints": [
        {
          "notAfter": [
            "startDate",
            "endDate"
          ]
        }
      ],
      "pagination": {
        "items": [
          "/data/APIEvents/events",
          "/events"
        ],
        "style": "window",
        "windowField": "/timestamp",
        "windowKey": "/id",
        "windowMax": 100,
        "windowParam": "endDate"
      },
      "params": {
        "query": {
          "cursor": {
            "minLength": 1,
            "type": "string"
          },
          "endDate": {
            "epochMs": true,
            "oneOf": [
              {
                "minimum": 0,
                "type": "integer"
              },
              {
                "format": "date-time",
                "type": "string"
              }
            ]
          },
          "kind": {
            "minLength": 1,
            "type": "string"
          },
          "notifiableId": {
            "type": "string"
          },
          "startDate": {
            "epochMs": true,
            "oneOf": [
              {
                "minimum": 0,
                "type": "integer"
              },
              {
                "format": "date-time",
                "type": "string"
              }
            ]
          },
          "userId": {
            "type": "string"
          }
        }
      },
      "rateLimit": {
        "perSeconds": 60,
        "requests": 100,
        "scope": "GET events category (inside the plan quota)"
      }
    },
    "GET /events/emailCapture": {
      "constraints": [
        {
          "notAfter": [
            "startDate",
            "endDate"
          ]
        }
      ],
      "pagination": {
        "items": [
          "/data/APIEvents/events",
          "/events"
        ],
        "style": "window",
        "windowField": "/timestamp",
        "windowKey": "/id",
        "windowMax": 100,
        "windowParam": "endDate"
      },
      "params": {
        "query": {
          "cursor": {
            "minLength": 1,
            "type": "string"
          },
          "endDate": {
            "epochMs": true,
            "oneOf": [
              {
                "minimum": 0,
                "type": "integer"
              },
              {
                "format": "date-time",
                "type": "string"
              }
            ]
          },
          "kind": {
            "minLength": 1,
            "type": "string"
          },
          "notifiableId": {
            "type": "string"
          },
          "startDate": {
            "epochMs": true,
            "oneOf": [
              {
                "minimum": 0,
                "type": "integer"
              },
              {
                "format": "date-time",
                "type": "string"
              }
            ]
          },
          "userId": {
            "type": "string"
          }
        }
      },
      "rateLimit": {
        "perSeconds": 60,
        "requests": 100,
        "scope": "GET events category (inside the plan quota)"
      }
    },
    "GET /events/learningPathAction": {
      "constraints": [
        {
          "notAfter": [
            "startDate",
            "endDate"
          ]
        }
      ],
      "pagination": {
        "items": [
          "/data/APIEvents/events",
          "/events"
        ],
        "style": "window",
        "windowField": "/timestamp",
        "windowKey": "/id",
        "windowMax": 100,
        "windowParam": "endDate"
      },
      "params": {
        "query": {
          "cursor": {
            "minLength": 1,
            "type": "string"
          },
          "endDate": {
            "epochMs": true,
            "oneOf": [
              {
                "minimum": 0,
                "type": "integer"
              },
              {
                "format": "date-time",
                "type": "string"
              }
            ]
          },
          "kind": {
            "minLength": 1,
            "type": "string"
          },
          "notifiableId": {
            "type": "string"
          },
          "startDate": {
            "epochMs": true,
            "oneOf": [
              {
                "minimum": 0,
                "type": "integer"
              },
              {
                "format": "date-time",
                "type": "string"
              }
            ]
          },
          "userId": {
            "type": "string"
          }
        }
      },
      "rateLimit": {
        "perSeconds": 60,
        "requests": 100,
        "scope": "GET events category (inside the plan quota)"
      }
    },
    "GET /events/login": {
      "constraints": [
        {
          "notAfter": [
            "startDate",
            "endDate"
          ]
        }
      ],
      "pagination": {
        "items": [
          "/data/APIEvents/events",
          "/events"
        ],
        "style": "window",
        "windowField": "/timestamp",
        "windowKey": "/id",
        "windowMax": 100,
        "windowParam": "endDate"
      },
      "params": {
        "query": {
          "cursor": {
            "minLength": 1,
            "type": "string"
          },
          "endDate": {
            "epochMs": true,
            "oneOf": [
              {
                "minimum": 0,
                "type": "integer"
              },
              {
                "format": "date-time",
                "type": "string"
              }
            ]
          },
          "kind": {
            "minLength": 1,
            "type": "string"
          },
          "notifiableId": {
            "type": "string"
          },
          "startDate": {
            "epochMs": true,
            "oneOf": [
              {
                "minimum": 0,
                "type": "integer"
              },
              {
                "format": "date-time",
                "type": "string"
              }
            ]
          },
          "userId": {
            "type": "string"
          }
        }
      },
      "rateLimit": {
        "perSeconds": 60,
        "requests": 100,
        "scope": "GET events category (inside the plan quota)"
      }
    },
    "GET /events/visit": {
      "constraints": [
        {
          "notAfter": [
            "startDate",
            "endDate"
          ]
        }
      ],
      "pagination": {
        "items": [
          "/data/APIEvents/events",
          "/events"
        ],
        "style": "window",
        "windowField": "/timestamp",
        "windowKey": "/id",
        "windowMax": 100,
        "windowParam": "endDate"
      },
      "params": {
        "query": {
          "cursor": {
            "minLength": 1,
            "type": "string"
          },
          "endDate": {
            "epochMs": true,
            "oneOf": [
              {
                "minimum": 0,
                "type": "integer"
              },
              {
                "format": "date-time",
                "type": "string"
              }
            ]
          },
          "kind": {
            "minLength": 1,
            "type": "string"
          },
          "notifiableId": {
            "type": "string"
          },
          "startDate": {
            "epochMs": true,
            "oneOf": [
              {
                "minimum": 0,
                "type": "integer"
              },
              {
                "format": "date-time",
                "type": "string"
              }
            ]
          },
          "userId": {
            "type": "string"
          }
        }
      },
      "rateLimit": {
        "perSeconds": 60,
        "requests": 100,
        "scope": "GET events category (inside the plan quota)"
      }
    },
    "GET /users": {
      "pagination": {
        "currentPage": [
          "/data/APIUsers/pageInfo/currentPage",
          "/pageInfo/currentPage"
        ],
        "cursorParam": "cursor",
        "emptyPageEnds": true,
        "hasMore": [
          "/data/APIUsers/pageInfo/hasMore",
          "/pageInfo/hasMore"
        ],
        "items": [
          "/data/APIUsers/users",
          "/users"
        ],
        "nextCursor": [
          "/data/APIUsers/pageInfo/cursor",
          "/pageInfo/cursor"
        ],
        "pageParam": "page",
        "style": "cursor"
      },
      "params": {
        "query": {
          "cursor": {
            "minLength": 1,
            "type": "string"
          },
          "page": {
            "minimum": 0,
            "type": "integer"
          },
          "role": {
            "minLength": 1,
            "type": "string"
          }
        }
      }
    },
    "GET /users/{id}": {
      "params": {
        "path": {
          "id": {
            "minLength": 1,
            "required": true,
            "type": "string"
          }
        }
      },
      "payload": [
        "/data/UserById",
        ""
      ]
    },
    "GET /users/{id}/zendeskContent": {
      "params": {
        "path": {
          "id": {
            "minLength": 1,
            "required": true,
            "type": "string"
          }
        },
        "query": {
          "userId": {
            "required": true,
            "type": "string"
          }
        }
      }
    },
    "POST /users": {
      "idempotent": true,
      "rateLimit": {
        "perSeconds": 60,
        "requests": 60,
        "scope": "POST/PUT users category (inside the plan quota)"
      }
    },
    "POST /users/{id}/resetLearningPathProgress": {
      "params": {
        "path": {
          "id": {
            "minLength": 1,
            "required": true,
            "type": "string"
          }
        }
      }
    },
    "POST /users/{id}/resetProgress": {
      "params": {
        "path": {
          "id": {
            "minLength": 1,
            "required": true,
            "type": "string"
          }
        }
      }
    },
    "PUT /users/{id}": {
      "params": {
        "path": {
          "id": {
            "minLength": 1,
            "required": true,
            "type": "string"
          }
        }
      },
      "rateLimit": {
        "perSeconds": 60,
        "requests": 60,
        "scope": "POST/PUT users category (inside the plan quota)"
      }
    },
    "PUT /users/{id}/updateStatus": {
      "params": {
        "path": {
          "id": {
            "minLength": 1,
            "required": true,
            "type": "string"
          }
        }
      },
      "rateLimit": {
        "perSeconds": 60,
        "requests": 60,
        "scope": "POST/PUT users category (inside the plan quota)"
      }
    }
  },
  "rateLimit": {
    "burst": 20,
    "perSeconds": 60,
    "plans": {
      "enterprise": {
        "burst": 100,
        "perSeconds": 60,
        "requests": 600
      }
    },
    "requests": 120
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
      "url": "https://{tenant}.thoughtindustries.com/incoming/v2",
      "variables": {
        "tenant": {
          "default": "your-tenant",
          "option": {
            "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$",
            "required": true,
            "shape": "the instance's subdomain, such as `acme`, not a host or URL"
          }
        }
      }
    }
  ],
  "pageStyles": {
    "cursor": cursorPagination,
    "window": windowPagination
  }
} as const satisfies ProviderMetadata;

/** The type of one item of every paginated path. */
export interface PageItems {
  "/events/activeCourseCertificate": components["schemas"]["Event"];
  "/events/courseAction": components["schemas"]["Event"];
  "/events/courseCertificate": components["schemas"]["Event"];
  "/events/courseCompletion": components["schemas"]["Event"];
  "/events/courseEnrollment": components["schemas"]["Event"];
  "/events/coursePurchase": components["schemas"]["Event"];
  "/events/courseView": components["schemas"]["Event"];
  "/events/emailCapture": components["schemas"]["Event"];
  "/events/learningPathAction": components["schemas"]["Event"];
  "/events/login": components["schemas"]["Event"];
  "/events/visit": components["schemas"]["Event"];
  "/users": components["schemas"]["User"];
}
