// Generated from contracts/openapi/monitoring.json by openapi-typescript (npm run contracts:openapi): do not edit.
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
    "/v1/models/{modelName}/drift-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every measured window of a model's inputs, newest first: per feature PSI, KS, Jensen-Shannon distance and status */
        get: operations["DriftReports_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models/{modelName}/monitoring-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A model's monitoring policy: the declared one, or the default */
        get: operations["MonitoringPolicies_current"];
        /**
         * Replace a model's monitoring policy
         * @description Every field has a default (no body: the default policy). Segment fields are checked against the dataset of the model once a version of it is known; before that they are taken with a warning.
         */
        put: operations["MonitoringPolicies_declare"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models/{modelName}/recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published and suppressed (cool-down) recommendations, newest first */
        get: operations["Signals_listRecommendations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models/{modelName}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every measured window, newest first: quality (overall and per segment), SLOs (latency, fallbacks, throughput), canary against primary */
        get: operations["Signals_listReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models/{modelName}/retrain-recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for retraining: RetrainRecommended, unless the model is cooling down */
        post: operations["Signals_requestRetraining"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models/{modelName}/signals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signals monitoring raised for a model, newest first */
        get: operations["Signals_listSignals"];
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
        DriftReport: {
            /** Format: uuid */
            reportId: string;
            modelName: string;
            version: number;
            /** @description the first prediction of the window, epoch milliseconds */
            windowFrom: number;
            /** @description the last prediction of the window, epoch milliseconds */
            windowTo: number;
            windowSize: number;
            /** @enum {string} */
            severity: "OK" | "WARN" | "ALERT";
            features: components["schemas"]["FeatureDrift"][];
            /** @description per categorical input, the share of the window's rows whose value the model had not seen */
            unseenCategories: {
                [key: string]: number;
            };
            /**
             * Format: date-time
             * @example 2001-01-31T23:59:00Z
             */
            createdAt: string;
        };
        FeatureDrift: {
            /** @description an input field, or __score__ for the drift of the scores themselves */
            feature: string;
            /** @enum {string} */
            kind: "NUMERIC" | "CATEGORICAL";
            /** @description values in the window (missing ones not counted) */
            count: number;
            psi: number;
            /** @description Kolmogorov-Smirnov statistic on the reference's quantile bins (numeric features only) */
            ks: number | null;
            /** @description Jensen-Shannon distance (base 2, 0-1) between the binned distributions */
            jsDistance: number;
            psiWarn: number;
            psiAlert: number;
            /** @enum {string} */
            status: "OK" | "WARN" | "ALERT";
        };
        MonitoringPolicyVersion: {
            modelName: string;
            /** @description the policy's content hash */
            version: string;
            policy: components["schemas"]["MonitoringPolicy"];
            /** @description false for the default policy of a model that declared none */
            declared: boolean;
            /** @description what the declaration could not check yet (segment fields, before the model's dataset is known) */
            warnings?: string[];
        };
        MonitoringPolicy: {
            /**
             * @description the team named on every signal of the model; the service's default owner when null
             * @default null
             */
            owner?: string | null;
            /** @default {} */
            drift?: {
                /**
                 * @description PSI from which a feature has drifted; the service's default when null
                 * @default null
                 */
                psiWarn?: number | null;
                /**
                 * @description PSI from which a feature alarms; the service's default when null
                 * @default null
                 */
                psiAlert?: number | null;
                /**
                 * @description thresholds of single features, by name
                 * @default {}
                 */
                perFeature?: {
                    [key: string]: {
                        psiWarn: number;
                        psiAlert: number;
                    };
                };
            };
            /** @default {} */
            quality?: {
                /**
                 * @description labelled predictions per window of one version
                 * @default 2000
                 */
                windowSize?: number;
                /**
                 * @description input fields whose values are segments (fields of the model's dataset); a segment with fewer labelled predictions in a window than minSegmentSize is not judged
                 * @default []
                 */
                segmentFields?: string[];
                /** @default 200 */
                minSegmentSize?: number;
                /**
                 * @description floors on higher-is-better metrics (auc, accuracy, macro_f1, r2, ...); a metric the model's task does not report never fires
                 * @default {}
                 * @example {
                 *       "auc": 0.7
                 *     }
                 */
                floors?: {
                    accuracy?: number;
                    auc?: number;
                    f1?: number;
                    macro_auc?: number;
                    macro_f1?: number;
                    precision?: number;
                    r2?: number;
                    recall?: number;
                    weighted_f1?: number;
                };
                /**
                 * @description ceilings on lower-is-better metrics (log_loss, ece, rmse, mae, ...)
                 * @default {}
                 * @example {
                 *       "ece": 0.05
                 *     }
                 */
                ceilings?: {
                    brier?: number;
                    classwise_ece?: number;
                    ece?: number;
                    log_loss?: number;
                    mae?: number;
                    rmse?: number;
                };
            };
            /** @default {} */
            slo?: {
                /**
                 * @description predictions of one version per measured window
                 * @default 1000
                 */
                windowSize?: number;
                /** @default 100 */
                p99LatencyMs?: number;
                /**
                 * @description share of answers that came from a fallback because the deployed model failed
                 * @default 0.01
                 */
                maxFallbackRate?: number;
            };
            /** @default {} */
            canary?: {
                /**
                 * @description canary predictions before it is compared with the primary, and again after every as many more
                 * @default 1000
                 */
                minPredictions?: number;
                /** @default 2 */
                maxP99LatencyRatio?: number;
                /**
                 * @description PSI of the canary's scores against the primary's over the same period
                 * @default 0.25
                 */
                maxScorePsi?: number;
                /**
                 * @description labelled predictions of each route before quality is compared
                 * @default 200
                 */
                minLabelled?: number;
                /** @default 0.05 */
                maxAucDrop?: number;
            };
            /** @default {} */
            retrain?: {
                /** @default true */
                onQualityDegraded?: boolean;
                /**
                 * @description whether a quality drop in one segment alone recommends retraining (segments are small and noisy; they are always reported)
                 * @default false
                 */
                onSegmentQuality?: boolean;
                /**
                 * @description drifted features (WARN or ALERT) in one window that recommend retraining; null: drift never does
                 * @default 2
                 */
                onDriftedFeatures?: number | null;
                /** @default false */
                onScoreDrift?: boolean;
                /**
                 * @description no second recommendation for the model within this long of the last one
                 * @default 21600000
                 */
                cooldownMs?: number;
            };
            /** @default {} */
            rollback?: {
                /** @default true */
                onCanaryRegression?: boolean;
                /** @default 600000 */
                cooldownMs?: number;
            };
        };
        Recommendation: {
            /** Format: uuid */
            recommendationId: string;
            /** @enum {string} */
            kind: "RETRAIN" | "ROLLBACK";
            modelName: string;
            /** @description the version a rollback is recommended of; null for retraining */
            version: number | null;
            rule: string;
            reason: string;
            signalIds: string[];
            /**
             * @description SUPPRESSED: the rule fired within the model's cool-down, and nothing was published
             * @enum {string}
             */
            status: "PUBLISHED" | "SUPPRESSED";
            /**
             * Format: date-time
             * @example 2001-01-31T23:59:00Z
             */
            createdAt: string;
        };
        WindowReport: {
            /** Format: uuid */
            reportId: string;
            /** @enum {string} */
            kind: "QUALITY" | "SLO" | "CANARY";
            modelName: string;
            version: number;
            /** @description epoch milliseconds */
            windowFrom: number;
            /** @description epoch milliseconds */
            windowTo: number;
            windowSize: number;
            /** @description OK, or what went wrong: DEGRADED, BREACHED, REGRESSED */
            status: string;
            /** @description what the window measured: quality overall and per segment, SLOs (latency, fallbacks, throughput), or each check of the canary against the primary */
            measurements: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @example 2001-01-31T23:59:00Z
             */
            createdAt: string;
        };
        RetrainRequest: {
            reason: string;
        };
        Signal: {
            /** Format: uuid */
            signalId: string;
            /** @enum {string} */
            type: "DriftDetected" | "QualityDegraded" | "SloBreached";
            modelName: string;
            version: number | null;
            summary: string;
            /** @description the event as it was published (its type in the event catalog) */
            payload: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @example 2001-01-31T23:59:00Z
             */
            createdAt: string;
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
    DriftReports_list: {
        parameters: {
            query?: {
                /** @description page size, 1 to 500 */
                limit?: number;
                /** @description the `next` of the previous page */
                before?: string;
            };
            header?: never;
            path: {
                modelName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every measured window of a model's inputs, newest first: per feature PSI, KS, Jensen-Shannon distance and status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DriftReport"][];
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
    MonitoringPolicies_current: {
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
            /** @description A model's monitoring policy: the declared one, or the default */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitoringPolicyVersion"];
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
    MonitoringPolicies_declare: {
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
                 *       "quality": {
                 *         "windowSize": 1000,
                 *         "segmentFields": [
                 *           "origin"
                 *         ],
                 *         "floors": {
                 *           "auc": 0.7
                 *         }
                 *       },
                 *       "retrain": {
                 *         "onDriftedFeatures": 3
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["MonitoringPolicy"];
            };
        };
        responses: {
            /** @description Replace a model's monitoring policy */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitoringPolicyVersion"];
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
    Signals_listRecommendations: {
        parameters: {
            query?: {
                /** @description page size, 1 to 500 */
                limit?: number;
                /** @description the `next` of the previous page */
                before?: string;
            };
            header?: never;
            path: {
                modelName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Published and suppressed (cool-down) recommendations, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Recommendation"][];
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
    Signals_listReports: {
        parameters: {
            query?: {
                kind?: "QUALITY" | "SLO" | "CANARY";
                /** @description page size, 1 to 500 */
                limit?: number;
                /** @description the `next` of the previous page */
                before?: string;
            };
            header?: never;
            path: {
                modelName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every measured window, newest first: quality (overall and per segment), SLOs (latency, fallbacks, throughput), canary against primary */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["WindowReport"][];
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
    Signals_requestRetraining: {
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
                 *       "reason": "a new route opened: JFK-LIS"
                 *     }
                 */
                "application/json": components["schemas"]["RetrainRequest"];
            };
        };
        responses: {
            /** @description Ask for retraining: RetrainRecommended, unless the model is cooling down */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recommendation"];
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
            /** @description a retraining was recommended within the model's cool-down (monitoring.cooling_down) */
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
    Signals_listSignals: {
        parameters: {
            query?: {
                type?: "DriftDetected" | "QualityDegraded" | "SloBreached";
                /** @description page size, 1 to 500 */
                limit?: number;
                /** @description the `next` of the previous page */
                before?: string;
            };
            header?: never;
            path: {
                modelName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signals monitoring raised for a model, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Signal"][];
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
}
