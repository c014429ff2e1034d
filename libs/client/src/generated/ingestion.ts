// Generated from contracts/openapi/ingestion.json by openapi-typescript (npm run contracts:openapi): do not edit.
export interface paths {
    "/docs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An interactive reference of this document (Swagger UI) */
        get: operations["OpenApi_reference"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/docs/{asset}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The reference's files */
        get: operations["OpenApi_asset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: operations["Health_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: Kafka, Postgres and the access state are there (503 naming what is down) */
        get: operations["Health_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics */
        get: operations["Health_metrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This document: the service's OpenAPI 3.1 description */
        get: operations["OpenApi_openApi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/datasets/{datasetId}/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ground truth that arrives after its records, published as LabelObserved
         * @description Each label names its record by entity id and event time, so the dataset needs an entity key, an event time and a label field that is not a class name (STRING labels come with their rows). Values the label field does not take are refused with 422 ingestion.invalid_labels.
         */
        post: operations["Labels_observe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/datasets/{datasetId}/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rows in bulk, checked against the dataset's latest spec: all accepted, or none
         * @description Rows that break the spec are refused with 422 ingestion.invalid_records, naming every bad row and field. An Idempotency-Key header (1-128 letters, digits or . : _ -) makes a retry safe: the same key for the same dataset is accepted once.
         */
        post: operations["Records_ingest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/datasets/{datasetId}/snapshots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A dataset's snapshots, newest first */
        get: operations["Snapshots_list"];
        put?: never;
        /** Seal what is waiting now, one snapshot per spec version */
        post: operations["Snapshots_seal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/datasets/{datasetId}/specs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A dataset's spec versions, newest first */
        get: operations["DatasetSpecs_list"];
        put?: never;
        /**
         * Register a dataset's spec as its next version
         * @description The entity key, event time, label, segment and sensitive fields must name fields of the spec; every problem comes in one 422. Without an entity key and an event time, the dataset is a table whose rows are identified by their content and dated by their arrival.
         */
        post: operations["DatasetSpecs_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/datasets/{datasetId}/specs/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One version of a dataset spec */
        get: operations["DatasetSpecs_version"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/datasets/{datasetId}/specs/latest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A dataset's latest spec */
        get: operations["DatasetSpecs_latest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/datasets/{datasetId}/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many records, pending records, snapshots and labels a dataset has */
        get: operations["Snapshots_stats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/datasets/{datasetId}/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A file of rows, checked against the dataset's latest spec: all accepted, or none
         * @description The request body is the file: CSV (text/csv, a header row of field names), JSON lines (application/x-ndjson) or Parquet (application/vnd.apache.parquet); ?format= reads it as that format whatever its content type. Rows that break the spec are refused with 422 ingestion.invalid_records, naming every bad row and field; a file that cannot be read with 422 ingestion.unreadable_upload. An Idempotency-Key header makes a retry safe.
         */
        post: operations["Uploads_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/snapshots/{snapshotId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One sealed snapshot */
        get: operations["Snapshots_find"];
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
        Error: {
            error: {
                /** @example http.invalid_request */
                code: string;
                message: string;
                details?: {
                    [key: string]: unknown;
                };
            };
        };
        ReadinessReport: {
            /** @enum {string} */
            status: "ready" | "not_ready";
            checks: {
                [key: string]: {
                    /** @enum {string} */
                    status: "up" | "down";
                    error?: string;
                    ms: number;
                };
            };
        };
        LabelsAccepted: {
            accepted: number;
        };
        ObserveLabelsRequest: {
            labels: {
                entityId: string;
                /** @description the event time of the label's record */
                eventTime: number | string;
                label: number | boolean;
                /** @description when the outcome was known; now when left out */
                observedAt?: number | string;
                /** @description the prediction the label is the outcome of, if any */
                predictionId?: string;
            }[];
        };
        IngestReceipt: {
            datasetId: string;
            /** @description the spec version the rows were checked against (the latest) */
            specVersion: number;
            /** @description the Idempotency-Key, or a new id without one */
            batchId: string;
            accepted: number;
            /** @description this Idempotency-Key was accepted before: nothing new was written */
            duplicate: boolean;
        };
        IngestRecordsRequest: {
            /** @description rows, each an object of field name to value, checked against the dataset's latest spec */
            records: unknown[];
        };
        Snapshot: {
            /** @description SHA-256 of the dataset, its spec and the content: the same rows always give the same id */
            snapshotId: string;
            datasetId: string;
            specVersion: number;
            rowCount: number;
            /**
             * Format: date-time
             * @example 2001-01-31T23:59:00Z
             */
            eventTimeFrom: string;
            /**
             * Format: date-time
             * @example 2001-01-31T23:59:00Z
             */
            eventTimeTo: string;
            /** @description changes exactly when the columns' names or types do */
            schemaFingerprint: string;
            /** @description where the artifact store keeps the snapshot file (JSON lines) */
            uri: string;
            sha256: string;
            sizeBytes: number;
            /** @enum {string} */
            sealReason: "ROW_COUNT" | "TIME_WINDOW" | "REQUEST";
            /**
             * Format: date-time
             * @example 2001-01-31T23:59:00Z
             */
            sealedAt: string;
        };
        SealedSnapshots: {
            snapshots: components["schemas"]["Snapshot"][];
        };
        DatasetSpec: {
            datasetId: string;
            /** @description from 1, one more per change */
            version: number;
            /** @description SHA-256 of the spec's canonical JSON */
            specHash: string;
            registeredBy: string;
            /**
             * Format: date-time
             * @example 2001-01-31T23:59:00Z
             */
            createdAt: string;
            fields: components["schemas"]["FieldSpec"][];
            entityKey: string;
            eventTimeField: string;
            labelField: string | null;
            segmentFields: string[];
            sensitiveFields: string[];
            freshnessSlaMs: number | null;
            sealing: {
                maxRows: number | null;
                windowMs: number | null;
            };
            checks: {
                maxViolationRate: number;
                maxNullRate: number;
                maxDuplicateRate: number;
                maxMissingLabelRate: number;
                minClassShare: number;
                psiWarn: number;
                psiFail: number;
                minRowsForShift: number;
            };
        };
        FieldSpec: {
            name: string;
            /** @enum {string} */
            type: "NUMBER" | "INTEGER" | "STRING" | "BOOLEAN" | "TIMESTAMP";
            nullable: boolean;
            min: number | null;
            max: number | null;
            allowedValues: string[] | null;
        };
        DatasetSpecRequest: {
            fields: {
                name: string;
                /** @enum {string} */
                type: "NUMBER" | "INTEGER" | "STRING" | "BOOLEAN" | "TIMESTAMP";
                /** @default false */
                nullable?: boolean;
                /**
                 * @description the smallest value validation expects (numbers and timestamps)
                 * @default null
                 */
                min?: number | null;
                /** @default null */
                max?: number | null;
                /**
                 * @description the only values of a STRING field; a STRING label needs them (its classes)
                 * @default null
                 */
                allowedValues?: string[] | null;
            }[];
            /**
             * @description left out, each row is identified by its content, in the platform's __row_id column (a static table without ids)
             * @default __row_id
             */
            entityKey?: string;
            /**
             * @description left out, each row's time is its arrival, in the platform's __arrived_at column (a table without a clock)
             * @default __arrived_at
             */
            eventTimeField?: string;
            /**
             * @description one of the fields: nullable when labels arrive later (POST .../labels)
             * @default null
             */
            labelField?: string | null;
            /** @default [] */
            segmentFields?: string[];
            /** @default [] */
            sensitiveFields?: string[];
            /** @default null */
            freshnessSlaMs?: number | null;
            /**
             * @default {
             *       "maxRows": null,
             *       "windowMs": null
             *     }
             */
            sealing?: {
                /** @default null */
                maxRows?: number | null;
                /** @default null */
                windowMs?: number | null;
            };
            /**
             * @default {
             *       "maxViolationRate": 0.01,
             *       "maxNullRate": 0.05,
             *       "maxDuplicateRate": 0.01,
             *       "maxMissingLabelRate": 0.5,
             *       "minClassShare": 0.02,
             *       "psiWarn": 0.1,
             *       "psiFail": 0.25,
             *       "minRowsForShift": 1000
             *     }
             */
            checks?: {
                /** @default 0.01 */
                maxViolationRate?: number;
                /** @default 0.05 */
                maxNullRate?: number;
                /** @default 0.01 */
                maxDuplicateRate?: number;
                /** @default 0.5 */
                maxMissingLabelRate?: number;
                /** @default 0.02 */
                minClassShare?: number;
                /** @default 0.1 */
                psiWarn?: number;
                /** @default 0.25 */
                psiFail?: number;
                /** @default 1000 */
                minRowsForShift?: number;
            };
        };
        DatasetStats: {
            datasetId: string;
            /** @description records accepted, sealed or not */
            records: number;
            /** @description records waiting for a snapshot */
            pending: number;
            snapshots: number;
            /** @description labels observed after their records */
            labels: number;
            /**
             * Format: date-time
             * @example 2001-01-31T23:59:00Z
             */
            firstEventTime: string | null;
            /**
             * Format: date-time
             * @example 2001-01-31T23:59:00Z
             */
            lastEventTime: string | null;
        };
        UploadReceipt: {
            datasetId: string;
            /** @description the spec version the rows were checked against (the latest) */
            specVersion: number;
            /** @description the Idempotency-Key, or a new id without one */
            batchId: string;
            accepted: number;
            /** @description this Idempotency-Key was accepted before: nothing new was written */
            duplicate: boolean;
            /** @enum {string} */
            format: "csv" | "jsonl" | "parquet";
            /** @description the size of the file */
            bytes: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    OpenApi_reference: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An interactive reference of this document (Swagger UI) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    OpenApi_asset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                asset: "swagger-ui.css" | "swagger-ui-bundle.js" | "swagger-ui-standalone-preset.js" | "favicon-32x32.png";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reference's files */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description the request breaks the route's rules: every problem is in details.problems */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    Health_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Liveness: the process answers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
        };
    };
    Health_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Readiness: Kafka, Postgres and the access state are there (503 naming what is down) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessReport"];
                };
            };
            /** @description not ready: the report says which check is down and why */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    Health_metrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus metrics */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
        };
    };
    OpenApi_openApi: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description This document: the service's OpenAPI 3.1 description */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    Labels_observe: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description a dataset id */
                datasetId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "labels": [
                 *         {
                 *           "entityId": "UA-1-2001-01-01",
                 *           "eventTime": "2001-01-01T08:00:00Z",
                 *           "label": true
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ObserveLabelsRequest"];
            };
        };
        responses: {
            /** @description Ground truth that arrives after its records, published as LabelObserved */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LabelsAccepted"];
                };
            };
            /** @description the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the dataset has no registered spec */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than the service takes (HTTP_JSON_LIMIT) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request breaks the route's rules: every problem is in details.problems */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests without a valid token from this address (ACCESS_ANONYMOUS_REFUSALS_PER_MINUTE); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    Records_ingest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description a dataset id */
                datasetId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "records": [
                 *         {
                 *           "flightId": "UA-1-2001-01-01",
                 *           "date": "2001-01-01T08:00:00Z",
                 *           "origin": "SFO",
                 *           "distance": 2565,
                 *           "delayed": false
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["IngestRecordsRequest"];
            };
        };
        responses: {
            /** @description the same Idempotency-Key was accepted before: nothing new was written */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IngestReceipt"];
                };
            };
            /** @description Rows in bulk, checked against the dataset's latest spec: all accepted, or none */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IngestReceipt"];
                };
            };
            /** @description the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the dataset has no registered spec */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than the service takes (HTTP_JSON_LIMIT) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request breaks the route's rules: every problem is in details.problems */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests without a valid token from this address (ACCESS_ANONYMOUS_REFUSALS_PER_MINUTE); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description more accepted records wait to be published than INGEST_MAX_OUTBOX_BACKLOG: nothing was accepted; Retry-After says when to send it again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    Snapshots_list: {
        parameters: {
            query?: {
                /** @description page size, 1 to 500 */
                limit?: number;
                /** @description the `next` of the previous page */
                before?: string;
            };
            header?: never;
            path: {
                /** @description a dataset id */
                datasetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A dataset's snapshots, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Snapshot"][];
                        next: string | null;
                    };
                };
            };
            /** @description no token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request breaks the route's rules: every problem is in details.problems */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests without a valid token from this address (ACCESS_ANONYMOUS_REFUSALS_PER_MINUTE); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    Snapshots_seal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description a dataset id */
                datasetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Seal what is waiting now, one snapshot per spec version */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SealedSnapshots"];
                };
            };
            /** @description no token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the dataset has no registered spec */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no records are waiting for a snapshot */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request breaks the route's rules: every problem is in details.problems */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests without a valid token from this address (ACCESS_ANONYMOUS_REFUSALS_PER_MINUTE); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    DatasetSpecs_list: {
        parameters: {
            query?: {
                /** @description page size, 1 to 500 */
                limit?: number;
                /** @description the `next` of the previous page (a version) */
                before?: number;
            };
            header?: never;
            path: {
                /** @description a dataset id */
                datasetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A dataset's spec versions, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DatasetSpec"][];
                        next: number | null;
                    };
                };
            };
            /** @description no token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request breaks the route's rules: every problem is in details.problems */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests without a valid token from this address (ACCESS_ANONYMOUS_REFUSALS_PER_MINUTE); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    DatasetSpecs_register: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description a dataset id */
                datasetId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "fields": [
                 *         {
                 *           "name": "flightId",
                 *           "type": "STRING"
                 *         },
                 *         {
                 *           "name": "date",
                 *           "type": "TIMESTAMP"
                 *         },
                 *         {
                 *           "name": "origin",
                 *           "type": "STRING",
                 *           "allowedValues": [
                 *             "SFO",
                 *             "LAX"
                 *           ]
                 *         },
                 *         {
                 *           "name": "distance",
                 *           "type": "INTEGER",
                 *           "min": 0,
                 *           "max": 6000
                 *         },
                 *         {
                 *           "name": "delayed",
                 *           "type": "BOOLEAN",
                 *           "nullable": true
                 *         }
                 *       ],
                 *       "entityKey": "flightId",
                 *       "eventTimeField": "date",
                 *       "labelField": "delayed",
                 *       "segmentFields": [
                 *         "origin"
                 *       ],
                 *       "sealing": {
                 *         "maxRows": 10000,
                 *         "windowMs": 3600000
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["DatasetSpecRequest"];
            };
        };
        responses: {
            /** @description the spec equals the latest version: nothing changes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatasetSpec"];
                };
            };
            /** @description Register a dataset's spec as its next version */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatasetSpec"];
                };
            };
            /** @description the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than the service takes (HTTP_JSON_LIMIT) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request breaks the route's rules: every problem is in details.problems */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests without a valid token from this address (ACCESS_ANONYMOUS_REFUSALS_PER_MINUTE); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    DatasetSpecs_version: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description a dataset id */
                datasetId: string;
                /** @description a spec version, from 1 */
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One version of a dataset spec */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatasetSpec"];
                };
            };
            /** @description no token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the dataset has no such spec version */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request breaks the route's rules: every problem is in details.problems */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests without a valid token from this address (ACCESS_ANONYMOUS_REFUSALS_PER_MINUTE); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    DatasetSpecs_latest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description a dataset id */
                datasetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A dataset's latest spec */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatasetSpec"];
                };
            };
            /** @description no token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the dataset has no registered spec */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request breaks the route's rules: every problem is in details.problems */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests without a valid token from this address (ACCESS_ANONYMOUS_REFUSALS_PER_MINUTE); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    Snapshots_stats: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description a dataset id */
                datasetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many records, pending records, snapshots and labels a dataset has */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatasetStats"];
                };
            };
            /** @description no token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the dataset has no registered spec */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request breaks the route's rules: every problem is in details.problems */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests without a valid token from this address (ACCESS_ANONYMOUS_REFUSALS_PER_MINUTE); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    Uploads_upload: {
        parameters: {
            query?: {
                /** @description the format of the file, when its content type does not say */
                format?: "csv" | "jsonl" | "parquet";
            };
            header?: never;
            path: {
                /** @description a dataset id */
                datasetId: string;
            };
            cookie?: never;
        };
        /** @description the file of rows (CSV here; JSON lines and Parquet are taken too, see the description) */
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description the same Idempotency-Key was accepted before: nothing new was written */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadReceipt"];
                };
            };
            /** @description A file of rows, checked against the dataset's latest spec: all accepted, or none */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadReceipt"];
                };
            };
            /** @description no token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the dataset has no registered spec */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the file is over INGEST_MAX_UPLOAD_BYTES, holds more than INGEST_MAX_UPLOAD_ROWS rows, or (Parquet) decompresses past INGEST_MAX_UPLOAD_EXPANDED_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the content type is none of the formats, and there is no ?format= */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request breaks the route's rules: every problem is in details.problems */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests without a valid token from this address (ACCESS_ANONYMOUS_REFUSALS_PER_MINUTE); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description more accepted records wait to be published than INGEST_MAX_OUTBOX_BACKLOG: nothing was accepted; Retry-After says when to send it again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    Snapshots_find: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description a snapshot id (64 hex digits) */
                snapshotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One sealed snapshot */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Snapshot"];
                };
            };
            /** @description no token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the snapshot is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request breaks the route's rules: every problem is in details.problems */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests without a valid token from this address (ACCESS_ANONYMOUS_REFUSALS_PER_MINUTE); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
