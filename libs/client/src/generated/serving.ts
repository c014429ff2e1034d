// Generated from contracts/openapi/serving.json by openapi-typescript (npm run contracts:openapi): do not edit.
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
    "/v1/deployments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What this instance serves, per model: primary, previous (the fallback), canary with its share, shadow */
        get: operations["Deployments_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models/{modelName}/batch-scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Score a file of rows into a file of scores, as the online API would, and announce it (BatchScored) */
        post: operations["BatchScores_score"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models/{modelName}/predict": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Score rows, or entities by id, with the routed version
         * @description One answer per row, in order, with the version and route (primary, canary by a stable hash of the entity, fallback) that gave it.
         */
        post: operations["Predictions_predict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models/{modelName}/versions/{version}/predict": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Score rows with one deployed version, whatever its role (load tests of a canary or a shadow) */
        post: operations["Predictions_predictWith"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The inference server's name, version and extensions */
        get: operations["OpenInferenceHealth_server"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Server liveness */
        get: operations["OpenInferenceHealth_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Server readiness: Kafka, Postgres and the access state (400 naming what is down) */
        get: operations["OpenInferenceHealth_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/models/{modelName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The production model's inputs and outputs */
        get: operations["OpenInference_metadata"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/models/{modelName}/infer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Infer with the routed version (canary, shadow and fallback as on /v1) */
        post: operations["OpenInference_infer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/models/{modelName}/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the model has a production version deployed here */
        get: operations["OpenInference_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/models/{modelName}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One deployed version's inputs and outputs */
        get: operations["OpenInference_versionMetadata"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/models/{modelName}/versions/{version}/infer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Infer with that version whatever its role, without fallback (load tests of a canary) */
        post: operations["OpenInference_versionInfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/models/{modelName}/versions/{version}/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether that version is deployed here */
        get: operations["OpenInference_versionReady"];
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
        Deployment: {
            modelName: string;
            primary: {
                version: number;
                sha256: string;
            } | null;
            /** @description the fallback while the primary fails or overruns */
            previous: {
                version: number;
                sha256: string;
            } | null;
            canary: {
                version: number;
                sha256: string;
                trafficPercent: number;
            } | null;
            shadow: {
                version: number;
                sha256: string;
            } | null;
        };
        BatchScored: {
            batchId: string;
            modelName: string;
            version: number;
            modelSha256: string;
            snapshotId: string | null;
            input: components["schemas"]["ArtifactRef"];
            /** @description the scores: JSON lines of row index, entity, score and label, in input order */
            output: {
                uri: string;
                sha256: string;
                sizeBytes: number;
            };
            rows: number;
            durationMs: number;
            requestedBy: string;
        };
        ArtifactRef: {
            uri: string;
            sha256: string;
            sizeBytes: number;
        };
        BatchScoreRequest: {
            /** @description a sealed snapshot of a dataset the caller may read: its rows (the snapshot's own artifact) are scored */
            snapshotId: string;
            /** @description a deployed version; the primary when absent */
            version?: number;
            /** @description the field that names each row's entity */
            entityKey?: string;
        };
        Predictions: {
            predictions: components["schemas"]["Prediction"][];
        };
        Prediction: {
            /** Format: uuid */
            predictionId: string;
            entityId: string | null;
            modelName: string;
            /** @description null when the declared default score answered */
            version: number | null;
            /** @enum {string} */
            route: "PRIMARY" | "CANARY" | "SHADOW" | "FALLBACK";
            fallback: boolean;
            /** @enum {string} */
            task: "binary" | "multiclass" | "regression";
            /** @description the probability of 1 (binary), of the predicted class (multi-class), or the value (regression) */
            score: number;
            label: number | null;
            value?: number;
            class?: string;
            probabilities?: {
                [key: string]: number;
            };
        };
        PredictRequest: {
            /** @description rows of raw fields; their problems (missing, unknown or wrong-typed fields by the model's dataset spec) come with 422 serving.invalid_rows */
            rows?: components["schemas"]["Row"][];
            /** @description score the entities' latest records instead of rows */
            entityIds?: string[];
        };
        /**
         * @example {
         *       "entityId": "AA-1-2001-01-31",
         *       "carrier": "AA",
         *       "origin": "ORD",
         *       "destination": "LAX",
         *       "distance": 1745,
         *       "departure": "2001-01-31T08:05:00Z"
         *     }
         */
        Row: {
            [key: string]: unknown;
        };
        PredictRowsRequest: {
            /** @description rows of raw fields; their problems (missing, unknown or wrong-typed fields by the model's dataset spec) come with 422 serving.invalid_rows */
            rows: components["schemas"]["Row"][];
        };
        InferenceError: {
            error: string;
        };
        InferenceModelMetadata: {
            name: string;
            versions: string[];
            platform: string;
            inputs: {
                name: string;
                datatype: string;
                shape: number[];
            }[];
            outputs: {
                name: string;
                datatype: string;
                shape: number[];
            }[];
        };
        InferenceResponse: {
            model_name: string;
            /** @description set when one version answered every row (see the `version` output otherwise) */
            model_version?: string;
            id: string;
            outputs: {
                name: string;
                shape: number[];
                datatype: string;
                data: unknown[];
            }[];
        };
        InferenceRequest: {
            id?: string;
            parameters?: {
                [key: string]: unknown;
            };
            inputs: {
                name: string;
                shape: number[];
                datatype: string;
                data: unknown[];
                parameters?: {
                    [key: string]: unknown;
                };
            }[];
            outputs?: {
                name: string;
                parameters?: {
                    [key: string]: unknown;
                };
            }[];
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
    Deployments_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What this instance serves, per model: primary, previous (the fallback), canary with its share, shadow */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deployment"][];
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
    BatchScores_score: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                modelName: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "snapshotId": "cdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcd",
                 *       "entityKey": "flightId"
                 *     }
                 */
                "application/json": components["schemas"]["BatchScoreRequest"];
            };
        };
        responses: {
            /** @description Score a file of rows into a file of scores, as the online API would, and announce it (BatchScored) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchScored"];
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
            /** @description the caller may not change the model, or may not read the snapshot's dataset */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the model, the version or the snapshot is unknown here */
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
    Predictions_predict: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                modelName: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "rows": [
                 *         {
                 *           "entityId": "AA-1-2001-01-31",
                 *           "carrier": "AA",
                 *           "origin": "ORD",
                 *           "destination": "LAX",
                 *           "distance": 1745,
                 *           "departure": "2001-01-31T08:05:00Z"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["PredictRequest"];
            };
        };
        responses: {
            /** @description Score rows, or entities by id, with the routed version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Predictions"];
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
            /** @description nothing (or not that version) is deployed here for the model */
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
            /** @description the model failed or overran its budget and no fallback could answer */
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
    Predictions_predictWith: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                modelName: string;
                /** @description a deployed version (primary, canary or shadow) */
                version: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "rows": [
                 *         {
                 *           "entityId": "AA-1-2001-01-31",
                 *           "carrier": "AA",
                 *           "origin": "ORD",
                 *           "destination": "LAX",
                 *           "distance": 1745,
                 *           "departure": "2001-01-31T08:05:00Z"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["PredictRowsRequest"];
            };
        };
        responses: {
            /** @description Score rows with one deployed version, whatever its role (load tests of a canary or a shadow) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Predictions"];
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
            /** @description nothing (or not that version) is deployed here for the model */
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
            /** @description the model failed or overran its budget and no fallback could answer */
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
    OpenInferenceHealth_server: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The inference server's name, version and extensions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        version: string;
                        extensions: string[];
                    };
                };
            };
        };
    };
    OpenInferenceHealth_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Server liveness */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        live: true;
                    };
                };
            };
        };
    };
    OpenInferenceHealth_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Server readiness: Kafka, Postgres and the access state (400 naming what is down) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ready: boolean;
                        error?: string;
                    };
                };
            };
            /** @description not ready */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InferenceError"];
                };
            };
        };
    };
    OpenInference_metadata: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                modelName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The production model's inputs and outputs */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InferenceModelMetadata"];
                };
            };
            /** @description the request breaks the route's rules */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InferenceError"];
                };
            };
            /** @description no token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InferenceError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InferenceError"];
                };
            };
            /** @description nothing (or not that version) is deployed here for the model */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InferenceError"];
                };
            };
            /** @description too many requests without a valid token from this address (ACCESS_ANONYMOUS_REFUSALS_PER_MINUTE); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InferenceError"];
                };
            };
        };
    };
    OpenInference_infer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                modelName: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "r1",
                 *       "inputs": [
                 *         {
                 *           "name": "carrier",
                 *           "shape": [
                 *             1
                 *           ],
                 *           "datatype": "BYTES",
                 *           "data": [
                 *             "AA"
                 *           ]
                 *         },
                 *         {
                 *           "name": "distance",
                 *           "shape": [
                 *             1
                 *           ],
                 *           "datatype": "FP64",
                 *           "data": [
                 *             1745
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["InferenceRequest"];
            };
        };
        responses: {
            /** @description Infer with the routed version (canary, shadow and fallback as on /v1) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InferenceResponse"];
                };
            };
            /** @description the request breaks the route's rules */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InferenceError"];
                };
            };
            /** @description no token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InferenceError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InferenceError"];
                };
            };
            /** @description nothing (or not that version) is deployed here for the model */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InferenceError"];
                };
            };
            /** @description the body is larger than the service takes (HTTP_JSON_LIMIT) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InferenceError"];
                };
            };
            /** @description too many requests without a valid token from this address (ACCESS_ANONYMOUS_REFUSALS_PER_MINUTE); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InferenceError"];
                };
            };
        };
    };
    OpenInference_ready: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                modelName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Whether the model has a production version deployed here */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {boolean} */
                        ready: true;
                    };
                };
            };
            /** @description the request breaks the route's rules */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InferenceError"];
                };
            };
            /** @description no token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InferenceError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InferenceError"];
                };
            };
            /** @description nothing (or not that version) is deployed here for the model */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InferenceError"];
                };
            };
            /** @description too many requests without a valid token from this address (ACCESS_ANONYMOUS_REFUSALS_PER_MINUTE); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InferenceError"];
                };
            };
        };
    };
    OpenInference_versionMetadata: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                modelName: string;
                /** @description a deployed version (primary, canary or shadow) */
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One deployed version's inputs and outputs */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InferenceModelMetadata"];
                };
            };
            /** @description the request breaks the route's rules */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InferenceError"];
                };
            };
            /** @description no token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InferenceError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InferenceError"];
                };
            };
            /** @description nothing (or not that version) is deployed here for the model */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InferenceError"];
                };
            };
            /** @description too many requests without a valid token from this address (ACCESS_ANONYMOUS_REFUSALS_PER_MINUTE); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InferenceError"];
                };
            };
        };
    };
    OpenInference_versionInfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                modelName: string;
                /** @description a deployed version (primary, canary or shadow) */
                version: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "r1",
                 *       "inputs": [
                 *         {
                 *           "name": "carrier",
                 *           "shape": [
                 *             1
                 *           ],
                 *           "datatype": "BYTES",
                 *           "data": [
                 *             "AA"
                 *           ]
                 *         },
                 *         {
                 *           "name": "distance",
                 *           "shape": [
                 *             1
                 *           ],
                 *           "datatype": "FP64",
                 *           "data": [
                 *             1745
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["InferenceRequest"];
            };
        };
        responses: {
            /** @description Infer with that version whatever its role, without fallback (load tests of a canary) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InferenceResponse"];
                };
            };
            /** @description the request breaks the route's rules */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InferenceError"];
                };
            };
            /** @description no token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InferenceError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InferenceError"];
                };
            };
            /** @description nothing (or not that version) is deployed here for the model */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InferenceError"];
                };
            };
            /** @description the body is larger than the service takes (HTTP_JSON_LIMIT) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InferenceError"];
                };
            };
            /** @description too many requests without a valid token from this address (ACCESS_ANONYMOUS_REFUSALS_PER_MINUTE); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InferenceError"];
                };
            };
        };
    };
    OpenInference_versionReady: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                modelName: string;
                /** @description a deployed version (primary, canary or shadow) */
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Whether that version is deployed here */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {boolean} */
                        ready: true;
                    };
                };
            };
            /** @description the request breaks the route's rules */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InferenceError"];
                };
            };
            /** @description no token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InferenceError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InferenceError"];
                };
            };
            /** @description nothing (or not that version) is deployed here for the model */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InferenceError"];
                };
            };
            /** @description too many requests without a valid token from this address (ACCESS_ANONYMOUS_REFUSALS_PER_MINUTE); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InferenceError"];
                };
            };
        };
    };
}
