/**
 * This file was generated from spec/flexjob.yaml by `npm run codegen`.
 * Do not make direct changes to the file.
 */

/** Virksomhedsordning.FlexjobService 1 (2025-1), the spec this contract was generated from. */
export const SPEC = {
  "file": "spec/flexjob.yaml",
  "title": "Virksomhedsordning.FlexjobService",
  "version": "1 (2025-1)"
} as const;

/** Every operation of the spec by operationId. `case` names the wrappers of an operation that reads a case (null otherwise); `errors` maps each documented error status to its problem kind and errorCode. */
export const OPERATIONS = {
  "GetFlexjob": {
    "operationId": "GetFlexjob",
    "method": "POST",
    "path": "/Flexjob/GetFlexjob",
    "requestSchema": "GetCaseElementRequest",
    "responseSchema": "FlexjobOfferResponse",
    "case": {
      "requestWrapper": "getCaseElementRequestType",
      "responseWrapper": "flexjobRequestResponseType"
    },
    "errors": {
      "400": {
        "kind": "invalid-request",
        "errorCode": 1014
      },
      "403": {
        "kind": "not-authorized",
        "errorCode": 4575
      },
      "404": {
        "kind": "case-not-found",
        "errorCode": 80002
      },
      "409": {
        "kind": "grant-status-unknown",
        "errorCode": 80003
      },
      "412": {
        "kind": "replayed-request-id",
        "errorCode": null
      },
      "413": {
        "kind": "payload-too-large",
        "errorCode": null
      },
      "415": {
        "kind": "unsupported-media-type",
        "errorCode": null
      },
      "500": {
        "kind": "internal-error",
        "errorCode": 1011
      }
    }
  },
  "GetFlexjobAllocation": {
    "operationId": "GetFlexjobAllocation",
    "method": "POST",
    "path": "/Flexjob/GetFlexjobAllocation",
    "requestSchema": "GetCaseElementRequest",
    "responseSchema": "FlexjobAllocationResponse",
    "case": {
      "requestWrapper": "getCaseElementRequestType",
      "responseWrapper": "flexjobAllocationResponseType"
    },
    "errors": {
      "400": {
        "kind": "invalid-request",
        "errorCode": 1014
      },
      "403": {
        "kind": "not-authorized",
        "errorCode": 4575
      },
      "404": {
        "kind": "case-not-found",
        "errorCode": 80002
      },
      "409": {
        "kind": "grant-status-unknown",
        "errorCode": 80003
      },
      "412": {
        "kind": "replayed-request-id",
        "errorCode": null
      },
      "413": {
        "kind": "payload-too-large",
        "errorCode": null
      },
      "415": {
        "kind": "unsupported-media-type",
        "errorCode": null
      },
      "500": {
        "kind": "internal-error",
        "errorCode": 1011
      }
    }
  },
  "IsAliveAsync": {
    "operationId": "IsAliveAsync",
    "method": "POST",
    "path": "/Flexjob/IsAlive",
    "requestSchema": "IsAliveRequest",
    "responseSchema": "IsAliveResponse",
    "case": null,
    "errors": {
      "400": {
        "kind": "invalid-request",
        "errorCode": 1014
      },
      "403": {
        "kind": "not-authorized",
        "errorCode": 4575
      },
      "412": {
        "kind": "replayed-request-id",
        "errorCode": null
      },
      "413": {
        "kind": "payload-too-large",
        "errorCode": null
      },
      "415": {
        "kind": "unsupported-media-type",
        "errorCode": null
      },
      "500": {
        "kind": "internal-error",
        "errorCode": 1011
      }
    }
  }
} as const;

export type OperationId = keyof typeof OPERATIONS;

/** The operations that read a case (answering 404 for an unknown one). */
export const CASE_OPERATIONS = [
  "GetFlexjob",
  "GetFlexjobAllocation"
] as const;

export type CaseOperationId = (typeof CASE_OPERATIONS)[number];

/** Every documented outcome: each status an operation's responses declare, with the errorCode and problem kind the error table gives it (null: none). The contract checker's coverage counts against this list. */
export const DOCUMENTED_OUTCOMES = [
  {"operationId": "GetFlexjob", "status": 200, "errorCode": null, "kind": null},
  {"operationId": "GetFlexjob", "status": 400, "errorCode": 1014, "kind": "invalid-request"},
  {"operationId": "GetFlexjob", "status": 403, "errorCode": 4575, "kind": "not-authorized"},
  {"operationId": "GetFlexjob", "status": 404, "errorCode": 80002, "kind": "case-not-found"},
  {"operationId": "GetFlexjob", "status": 409, "errorCode": 80003, "kind": "grant-status-unknown"},
  {"operationId": "GetFlexjob", "status": 412, "errorCode": null, "kind": "replayed-request-id"},
  {"operationId": "GetFlexjob", "status": 413, "errorCode": null, "kind": "payload-too-large"},
  {"operationId": "GetFlexjob", "status": 415, "errorCode": null, "kind": "unsupported-media-type"},
  {"operationId": "GetFlexjob", "status": 500, "errorCode": 1011, "kind": "internal-error"},
  {"operationId": "GetFlexjobAllocation", "status": 200, "errorCode": null, "kind": null},
  {"operationId": "GetFlexjobAllocation", "status": 400, "errorCode": 1014, "kind": "invalid-request"},
  {"operationId": "GetFlexjobAllocation", "status": 403, "errorCode": 4575, "kind": "not-authorized"},
  {"operationId": "GetFlexjobAllocation", "status": 404, "errorCode": 80002, "kind": "case-not-found"},
  {"operationId": "GetFlexjobAllocation", "status": 409, "errorCode": 80003, "kind": "grant-status-unknown"},
  {"operationId": "GetFlexjobAllocation", "status": 412, "errorCode": null, "kind": "replayed-request-id"},
  {"operationId": "GetFlexjobAllocation", "status": 413, "errorCode": null, "kind": "payload-too-large"},
  {"operationId": "GetFlexjobAllocation", "status": 415, "errorCode": null, "kind": "unsupported-media-type"},
  {"operationId": "GetFlexjobAllocation", "status": 500, "errorCode": 1011, "kind": "internal-error"},
  {"operationId": "IsAliveAsync", "status": 200, "errorCode": null, "kind": null},
  {"operationId": "IsAliveAsync", "status": 400, "errorCode": 1014, "kind": "invalid-request"},
  {"operationId": "IsAliveAsync", "status": 403, "errorCode": 4575, "kind": "not-authorized"},
  {"operationId": "IsAliveAsync", "status": 412, "errorCode": null, "kind": "replayed-request-id"},
  {"operationId": "IsAliveAsync", "status": 413, "errorCode": null, "kind": "payload-too-large"},
  {"operationId": "IsAliveAsync", "status": 415, "errorCode": null, "kind": "unsupported-media-type"},
  {"operationId": "IsAliveAsync", "status": 500, "errorCode": 1011, "kind": "internal-error"},
] as const;

export type DocumentedOutcome = (typeof DOCUMENTED_OUTCOMES)[number];

/** The error table (x-problem-kinds): problem kind → type URN, status, STAR errorCode (null: none) and title. */
export const PROBLEM_KINDS = {
  "invalid-request": {
    "type": "urn:flexjob-contract:problem:invalid-request",
    "status": 400,
    "errorCode": 1014,
    "title": "The submitted message is not valid"
  },
  "not-authorized": {
    "type": "urn:flexjob-contract:problem:not-authorized",
    "status": 403,
    "errorCode": 4575,
    "title": "You are not authorized to execute the operation"
  },
  "case-not-found": {
    "type": "urn:flexjob-contract:problem:case-not-found",
    "status": 404,
    "errorCode": 80002,
    "title": "Bevillingen kunne ikke findes."
  },
  "not-found": {
    "type": "urn:flexjob-contract:problem:not-found",
    "status": 404,
    "errorCode": null,
    "title": "Not found"
  },
  "method-not-allowed": {
    "type": "urn:flexjob-contract:problem:method-not-allowed",
    "status": 405,
    "errorCode": null,
    "title": "Method not allowed"
  },
  "request-timeout": {
    "type": "urn:flexjob-contract:problem:request-timeout",
    "status": 408,
    "errorCode": null,
    "title": "Request timeout"
  },
  "grant-status-unknown": {
    "type": "urn:flexjob-contract:problem:grant-status-unknown",
    "status": 409,
    "errorCode": 80003,
    "title": "Bevillingen er i status 'Ukendt'."
  },
  "replayed-request-id": {
    "type": "urn:flexjob-contract:problem:replayed-request-id",
    "status": 412,
    "errorCode": null,
    "title": "Request id already used"
  },
  "payload-too-large": {
    "type": "urn:flexjob-contract:problem:payload-too-large",
    "status": 413,
    "errorCode": null,
    "title": "Payload too large"
  },
  "unsupported-media-type": {
    "type": "urn:flexjob-contract:problem:unsupported-media-type",
    "status": 415,
    "errorCode": null,
    "title": "Unsupported media type"
  },
  "expectation-failed": {
    "type": "urn:flexjob-contract:problem:expectation-failed",
    "status": 417,
    "errorCode": null,
    "title": "Expectation failed"
  },
  "headers-too-large": {
    "type": "urn:flexjob-contract:problem:headers-too-large",
    "status": 431,
    "errorCode": null,
    "title": "Request header fields too large"
  },
  "internal-error": {
    "type": "urn:flexjob-contract:problem:internal-error",
    "status": 500,
    "errorCode": 1011,
    "title": "Internal error"
  }
} as const;

export type ProblemKind = keyof typeof PROBLEM_KINDS;

/** Every STAR fault code of the error table (FlexjobErrorCode's enum). */
export const ERROR_CODES = [1011,1014,4575,80002,80003] as const;

/** The x-requestId rule: a header of minLength to maxLength characters. */
export const REQUEST_ID_RULE = {
  "header": "x-requestId",
  "minLength": 1,
  "maxLength": 46
} as const;

/** The largest request body served, in bytes (x-max-body-bytes); a larger one gets 413. */
export const MAX_BODY_BYTES = 1048576;

/** The most violations a 400 lists (Problem.errors maxItems); its detail counts them all. */
export const MAX_PROBLEM_ERRORS = 50;

/** What records of requests and answers withhold (x-cpr-shaped): anything matching `pattern`, wherever it occurs, shown as `placeholder`. A rule on records, not on the data. */
export const CPR_SHAPED = {
  pattern: /\d{6}[- ]?\d{4}/,
  placeholder: "(CPR-shaped value withheld)",
} as const;

/** The textual form of each format the contract's identifiers use (uuid: 8-4-4-4-12 hexadecimal digits, any case). */
export const FORMAT_PATTERNS = {
  "uuid": /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
} as const;

/** caseElementIdentifier as the spec states it (the same at every case wrapper), and the patterns a value must match. */
export const CASE_ELEMENT_IDENTIFIER_RULE = {
  location: "#/components/schemas/GetCaseElementRequestType/properties/caseElementIdentifier",
  type: "string",
  format: "uuid",
  pattern: null,
  patterns: [/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i],
} as const;

/** Whether `value` is a caseElementIdentifier the spec allows (a bare uuid: no `urn:uuid:` prefix). */
export function isCaseElementIdentifier(value: unknown): value is string {
  return typeof value === "string" && CASE_ELEMENT_IDENTIFIER_RULE.patterns.every((pattern) => pattern.test(value));
}

/** One broken rule of a body: where (a JSON pointer), which rule (keyword and spec location) and what. */
export interface Violation {
  /** JSON pointer into the body ("" for the whole body). */
  pointer: string;
  /** The broken rule, e.g. `format at #/components/schemas/FlexjobOfferResponseType/properties/caseElementIdentifier`. */
  rule: string;
  message: string;
}
