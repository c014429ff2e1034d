// Generated from contracts/openapi/registry.json by openapi-typescript (npm run contracts:openapi): do not edit.
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
    "/v1/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** GET /v1/approvals */
        get: operations["Promotions_approvals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models/{modelName}/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** GET /v1/models/{modelName}/policy */
        get: operations["Policies_current"];
        /** PUT /v1/models/{modelName}/policy */
        put: operations["Policies_declare"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models/{modelName}/rollback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** POST /v1/models/{modelName}/rollback */
        post: operations["Promotions_rollback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models/{modelName}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A model's versions, newest first */
        get: operations["Versions_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models/{modelName}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One version: its lineage, evaluation, stage and stage history */
        get: operations["Versions_describe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models/{modelName}/versions/{version}/gate-evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** GET /v1/models/{modelName}/versions/{version}/gate-evaluations */
        get: operations["Promotions_evaluations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models/{modelName}/versions/{version}/promotions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** POST /v1/models/{modelName}/versions/{version}/promotions */
        post: operations["Promotions_promote"];
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
        ModelVersion: {
            modelName: string;
            version: number;
            /** @description the training run the version was registered from */
            runId: string;
            snapshotId: string;
            featureSetVersion: string;
            codeVersion: string;
            algorithm: string;
            /** @description what the model predicts: binary, multiclass or regression */
            task: string;
            /** @description a multi-class model's classes, in the order of its probabilities; empty for the other tasks */
            classes: string[];
            model: components["schemas"]["ArtifactRef"];
            metrics: {
                [key: string]: number;
            };
            segmentMetrics: components["schemas"]["SegmentMetrics"][];
            /** @description versions registered before TrainingCompleted v3 carry no groupSizes */
            biasMetrics: {
                attribute: string;
                metric: string;
                value: number;
                groups: {
                    [key: string]: number;
                };
                groupSizes?: {
                    [key: string]: number;
                };
            }[];
            /** @enum {string} */
            stage: "CANDIDATE" | "CANARY" | "SHADOW" | "PRODUCTION" | "ARCHIVED";
            /** @description a canary's share of traffic, 0-100; null in the other stages */
            trafficPercent: number | null;
            /**
             * Format: date-time
             * @example 2001-01-31T23:59:00Z
             */
            registeredAt: string;
            /**
             * Format: date-time
             * @example 2001-01-31T23:59:00Z
             */
            stageChangedAt: string;
        };
        ArtifactRef: {
            uri: string;
            sha256: string;
            sizeBytes: number;
        };
        SegmentMetrics: {
            segmentField: string;
            segmentValue: string;
            sampleSize: number;
            metrics: {
                [key: string]: number;
            };
        };
        ModelVersionDescription: {
            modelName: string;
            version: number;
            /** @description the training run the version was registered from */
            runId: string;
            snapshotId: string;
            featureSetVersion: string;
            codeVersion: string;
            algorithm: string;
            /** @description what the model predicts: binary, multiclass or regression */
            task: string;
            /** @description a multi-class model's classes, in the order of its probabilities; empty for the other tasks */
            classes: string[];
            model: components["schemas"]["ArtifactRef"];
            metrics: {
                [key: string]: number;
            };
            segmentMetrics: components["schemas"]["SegmentMetrics"][];
            /** @description versions registered before TrainingCompleted v3 carry no groupSizes */
            biasMetrics: {
                attribute: string;
                metric: string;
                value: number;
                groups: {
                    [key: string]: number;
                };
                groupSizes?: {
                    [key: string]: number;
                };
            }[];
            /** @enum {string} */
            stage: "CANDIDATE" | "CANARY" | "SHADOW" | "PRODUCTION" | "ARCHIVED";
            /** @description a canary's share of traffic, 0-100; null in the other stages */
            trafficPercent: number | null;
            /**
             * Format: date-time
             * @example 2001-01-31T23:59:00Z
             */
            registeredAt: string;
            /**
             * Format: date-time
             * @example 2001-01-31T23:59:00Z
             */
            stageChangedAt: string;
            /** @description every stage change of the version, oldest first */
            history: components["schemas"]["StageChange"][];
        };
        StageChange: {
            modelName: string;
            version: number;
            /** @enum {string} */
            fromStage: "CANDIDATE" | "CANARY" | "SHADOW" | "PRODUCTION" | "ARCHIVED";
            /** @enum {string} */
            toStage: "CANDIDATE" | "CANARY" | "SHADOW" | "PRODUCTION" | "ARCHIVED";
            reason: string;
            actor: string;
            /**
             * Format: date-time
             * @example 2001-01-31T23:59:00Z
             */
            changedAt: string;
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
    Promotions_approvals: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
        };
    };
    Policies_current: {
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
            /** @description the answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
        };
    };
    Policies_declare: {
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
            /** @description the answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
        };
    };
    Promotions_rollback: {
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
            /** @description the answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
        };
    };
    Versions_list: {
        parameters: {
            query?: {
                stage?: "CANDIDATE" | "CANARY" | "SHADOW" | "PRODUCTION" | "ARCHIVED";
                limit?: number;
                /** @description the `next` of the previous page */
                below?: number;
            };
            header?: never;
            path: {
                modelName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A model's versions, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ModelVersion"][];
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
        };
    };
    Versions_describe: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                modelName: string;
                /** @description a version number: 1, 2, 3 ... per model */
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One version: its lineage, evaluation, stage and stage history */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelVersionDescription"];
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
            /** @description the model has no such version */
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
        };
    };
    Promotions_evaluations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                modelName: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
        };
    };
    Promotions_promote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                modelName: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the answer */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
        };
    };
}
