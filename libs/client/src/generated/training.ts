// Generated from contracts/openapi/training.json by openapi-typescript (npm run contracts:openapi): do not edit.
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
    "/v1/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the models the caller may see, by name */
        get: operations["Models_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models/{modelName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A model's training config, and a retraining recommendation waiting for data */
        get: operations["Models_describe"];
        /**
         * Create or replace a model's training config
         * @description Every problem of the config, its trainer params and its split comes in one 422.
         */
        put: operations["Models_configure"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models/{modelName}/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a model trained elsewhere: an ONNX file and its manifest, evaluated by the platform
         * @description multipart/form-data with the parts `model` (the .onnx file) and `manifest` (JSON, as a file or a field). The platform checks the graph against the dataset's spec, evaluates it on the accepted snapshot the manifest names (uploaded metrics are never read), and announces it as a run.
         */
        post: operations["ModelImports_importModel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List runs newest first, with filters */
        get: operations["Runs_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{runId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One run: its lineage, params, metrics, artifacts */
        get: operations["Runs_find"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What changed from run a to run b (b - a): setup, params, metrics overall and per segment */
        get: operations["Runs_compare"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/training-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for a training run
         * @description Find its run with GET /v1/runs?requestId=. The model must have a training config; its trainer params are checked now.
         */
        post: operations["TrainingRequests_request"];
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
        ModelConfig: {
            modelName: string;
            featureSetId: string;
            /** @enum {string} */
            task: "binary" | "multiclass" | "regression";
            algorithm: string;
            params: {
                [key: string]: string;
            };
            seed: number;
            holdoutFraction: number;
            /** @enum {string} */
            split: "time" | "random" | "stratified";
            folds: number | null;
            minSegmentSize: number;
            timeoutMs: number | null;
            trainOnNewFeatureSet: boolean;
            /** @enum {string} */
            retrainOn: "latest_feature_set" | "next_feature_set";
            scheduleEveryMs: number | null;
            lastScheduledSlot: number | null;
            updatedBy: string;
            /**
             * Format: date-time
             * @example 2001-01-31T23:59:00Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2001-01-31T23:59:00Z
             */
            updatedAt: string;
        };
        ModelDescription: {
            modelName: string;
            featureSetId: string;
            /** @enum {string} */
            task: "binary" | "multiclass" | "regression";
            algorithm: string;
            params: {
                [key: string]: string;
            };
            seed: number;
            holdoutFraction: number;
            /** @enum {string} */
            split: "time" | "random" | "stratified";
            folds: number | null;
            minSegmentSize: number;
            timeoutMs: number | null;
            trainOnNewFeatureSet: boolean;
            /** @enum {string} */
            retrainOn: "latest_feature_set" | "next_feature_set";
            scheduleEveryMs: number | null;
            lastScheduledSlot: number | null;
            updatedBy: string;
            /**
             * Format: date-time
             * @example 2001-01-31T23:59:00Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2001-01-31T23:59:00Z
             */
            updatedAt: string;
            /** @description a retraining recommendation waiting for the next training set, if any */
            waitingRetrain: {
                recommendationId: string;
                requestedBy: string;
                /**
                 * Format: date-time
                 * @example 2001-01-31T23:59:00Z
                 */
                receivedAt: string;
            } | null;
        };
        ModelConfigRequest: {
            featureSetId: string;
            /**
             * @description what the model predicts from the training set's label: 0/1, one of several classes, or a number
             * @default binary
             * @enum {string}
             */
            task?: "binary" | "multiclass" | "regression";
            algorithm: string;
            /**
             * @description the trainer's params by name (see docs/features-and-training.md for each trainer's)
             * @default {}
             * @example {
             *       "maxLeaves": 31
             *     }
             */
            params?: {
                [key: string]: string | number | boolean;
            };
            /** @default 42 */
            seed?: number;
            /** @default 0.2 */
            holdoutFraction?: number;
            /**
             * @description which rows are held out: the latest (time), a seeded sample (random), or a seeded sample of each class (stratified)
             * @default time
             * @enum {string}
             */
            split?: "time" | "random" | "stratified";
            /**
             * @description k-fold cross-validation for small data: each metric's mean and spread over k folds
             * @default null
             */
            folds?: number | null;
            /** @default 50 */
            minSegmentSize?: number;
            /** @default null */
            timeoutMs?: number | null;
            /** @default true */
            trainOnNewFeatureSet?: boolean;
            /**
             * @description what a retraining recommendation trains on: the latest training set now, or the next one materialized
             * @default latest_feature_set
             * @enum {string}
             */
            retrainOn?: "latest_feature_set" | "next_feature_set";
            /** @default null */
            scheduleEveryMs?: number | null;
        };
        Run: {
            /** Format: uuid */
            runId: string;
            /** @description the idempotency key of the request: one run per request */
            requestId: string;
            modelName: string;
            reason: string;
            requestedBy: string;
            requestEventId: string;
            triggerEventId: string | null;
            correlationId: string;
            /** @enum {string} */
            status: "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED";
            attempt: number;
            /**
             * Format: date-time
             * @example 2001-01-31T23:59:00Z
             */
            nextAttemptAt: string;
            /** @enum {string} */
            task: "binary" | "multiclass" | "regression";
            /** @description the trainer, or onnx_import for a model trained elsewhere */
            algorithm: string;
            requestedParams: {
                [key: string]: string;
            };
            effectiveParams: {
                [key: string]: string;
            } | null;
            seed: number;
            timeoutMs: number;
            featureSetId: string;
            featureSetVersion: string | null;
            snapshotId: string | null;
            codeVersion: string;
            metrics: {
                [key: string]: number;
            } | null;
            segmentMetrics: components["schemas"]["SegmentMetrics"][] | null;
            biasMetrics: components["schemas"]["BiasMetric"][] | null;
            /** @description a multi-class model's classes, in the order of its probabilities */
            classes: string[] | null;
            /** @description holdout rows per actual (outer) and predicted (inner) class */
            confusionMatrix: number[][] | null;
            crossValidation: {
                folds: number;
                metrics: {
                    [key: string]: {
                        mean: number;
                        std: number;
                    };
                };
            } | null;
            modelArtifact: components["schemas"]["ArtifactRef"];
            trainingSet: components["schemas"]["ArtifactRef"];
            trainRows: number | null;
            holdoutRows: number | null;
            durationMs: number | null;
            errorCode: string | null;
            errorMessage: string | null;
            /**
             * Format: date-time
             * @example 2001-01-31T23:59:00Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2001-01-31T23:59:00Z
             */
            startedAt: string | null;
            /**
             * Format: date-time
             * @example 2001-01-31T23:59:00Z
             */
            finishedAt: string | null;
        };
        SegmentMetrics: {
            segmentField: string;
            segmentValue: string;
            sampleSize: number;
            metrics: {
                [key: string]: number;
            };
        };
        BiasMetric: {
            attribute: string;
            metric: string;
            value: number;
            groups: {
                [key: string]: number;
            };
            groupSizes: {
                [key: string]: number;
            };
        };
        ArtifactRef: {
            uri: string;
            sha256: string;
            sizeBytes: number;
        } | null;
        ImportManifest: {
            /** @enum {string} */
            task: "binary" | "multiclass" | "regression";
            datasetId: string;
            inputs: {
                /** @enum {string} */
                kind: "per_field";
                fields: {
                    [key: string]: string;
                };
            } | {
                /** @enum {string} */
                kind: "tensor";
                name: string;
                fields: string[];
            };
            outputs: {
                label?: string;
                probabilities?: string;
                value?: string;
            };
            classes?: string[];
            evaluationSnapshotId: string;
        };
        RunComparison: {
            a: string;
            b: string;
            /** @description lineage and setup that differ */
            differences: {
                name: string;
                a: string | number | null;
                b: string | number | null;
            }[];
            /** @description params with different effective values */
            params: {
                name: string;
                a: string | null;
                b: string | null;
            }[];
            /** @description every global metric, with b - a */
            metrics: {
                name: string;
                a: number | null;
                b: number | null;
                delta: number | null;
            }[];
            segments: {
                segmentField: string;
                segmentValue: string;
                sampleSize: {
                    a: number | null;
                    b: number | null;
                };
                metrics: {
                    name: string;
                    a: number | null;
                    b: number | null;
                    delta: number | null;
                }[];
            }[];
        };
        TrainingRequestAnswer: {
            requestId: string;
            /** @enum {string} */
            status: "REQUESTED";
        } | {
            requestId: string;
            /** @enum {string} */
            status: "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED";
            /** Format: uuid */
            runId: string;
        };
        TrainingRequest: {
            /** @description an idempotency key: the same id answers the same run */
            requestId?: string;
            modelName: string;
            /**
             * @default HUMAN_REQUEST
             * @enum {string}
             */
            reason?: "HUMAN_REQUEST" | "BUSINESS_EVENT";
            /** @description the training set to train on; the model's latest when absent */
            featureSetVersion?: string;
            snapshotId?: string;
            /** @description the model config's when absent */
            algorithm?: string;
            /**
             * @description over the model config's params
             * @default {}
             * @example {
             *       "maxLeaves": 31
             *     }
             */
            params?: {
                [key: string]: string | number | boolean;
            };
            seed?: number;
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
    Models_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description the `next` of the previous page */
                after?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List the models the caller may see, by name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ModelConfig"][];
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
    Models_describe: {
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
            /** @description A model's training config, and a retraining recommendation waiting for data */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelDescription"];
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
            /** @description the model has no training config */
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
    Models_configure: {
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
                 *       "featureSetId": "flights-delay",
                 *       "task": "binary",
                 *       "algorithm": "gbdt",
                 *       "params": {
                 *         "maxLeaves": 31,
                 *         "learningRate": 0.1
                 *       },
                 *       "split": "time",
                 *       "minSegmentSize": 50
                 *     }
                 */
                "application/json": components["schemas"]["ModelConfigRequest"];
            };
        };
        responses: {
            /** @description Create or replace a model's training config */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelDescription"];
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
    ModelImports_importModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                modelName: string;
            };
            cookie?: never;
        };
        /** @description the ONNX file and its manifest */
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description the .onnx file
                     */
                    model: string;
                    manifest: components["schemas"]["ImportManifest"];
                };
            };
        };
        responses: {
            /** @description the same file, manifest and snapshot were imported for this model before: that run */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Run"];
                };
            };
            /** @description Register a model trained elsewhere: an ONNX file and its manifest, evaluated by the platform */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Run"];
                };
            };
            /** @description the body is not well-formed multipart/form-data */
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
            /** @description the snapshot is not accepted (quarantined), or its verdict has not reached training yet (training.snapshot_not_accepted_yet: ask again) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a part is over TRAINING_MAX_IMPORT_BYTES */
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
    Runs_list: {
        parameters: {
            query?: {
                modelName?: string;
                status?: "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED";
                /** @description the run of one training request */
                requestId?: string;
                /** @description page size, 1 to 500 */
                limit?: number;
                /** @description the `next` of the previous page */
                before?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List runs newest first, with filters */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Run"][];
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
    Runs_find: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description a run id */
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One run: its lineage, params, metrics, artifacts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Run"];
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
            /** @description the run is unknown */
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
    Runs_compare: {
        parameters: {
            query: {
                /** @description a run id */
                a: string;
                /** @description a run id */
                b: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What changed from run a to run b (b - a): setup, params, metrics overall and per segment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunComparison"];
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
            /** @description a run is unknown */
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
    TrainingRequests_request: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "requestId": "retrain-2001-02",
                 *       "modelName": "delay",
                 *       "params": {
                 *         "maxLeaves": 63
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["TrainingRequest"];
            };
        };
        responses: {
            /** @description the request id is known: its run */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingRequestAnswer"];
                };
            };
            /** @description Ask for a training run */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingRequestAnswer"];
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
            /** @description the model has no training config */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the snapshot is quarantined */
            409: {
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
}
