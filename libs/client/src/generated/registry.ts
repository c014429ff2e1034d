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
        /** Approvals the registry asked for, newest first */
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
        /** A model's promotion policy: the declared one, or the default */
        get: operations["Policies_current"];
        /**
         * Declare a model's promotion policy (approvers only)
         * @description Every field has a default: the fields left out take it.
         */
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
        /** Return production to the previous production version (RolledBack) */
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
        /** Every evaluation of a version's gates, newest first */
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
        /**
         * Promote a version to a stage, through its model's policy gates
         * @description Every gate is evaluated (GateEvaluated). 200 promoted; 202 waiting for an approver (by policy, or an override of failed gates).
         */
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
        Approval: {
            /** Format: uuid */
            approvalId: string;
            modelName: string;
            version: number;
            /** @enum {string} */
            targetStage: "CANDIDATE" | "CANARY" | "SHADOW" | "PRODUCTION" | "ARCHIVED";
            trafficPercent: number | null;
            /**
             * @description OBSOLETE: granted after the version had moved on
             * @enum {string}
             */
            status: "PENDING" | "GRANTED" | "REJECTED" | "OBSOLETE";
            reason: string;
            requestedBy: string;
            failedGates: string[];
            decidedBy: string | null;
            decisionReason: string | null;
            /**
             * Format: date-time
             * @example 2001-01-31T23:59:00Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2001-01-31T23:59:00Z
             */
            decidedAt: string | null;
        };
        PromotionPolicyVersion: {
            modelName: string;
            /** @description the policy's content hash: the same policy is the same version */
            version: string;
            policy: components["schemas"]["PromotionPolicy"];
            /** @description false for the default policy of a model that declared none */
            declared: boolean;
        };
        PromotionPolicy: {
            /**
             * @description floors (ceilings for lower-is-better metrics) on the candidate's holdout metrics
             * @default {}
             * @example {
             *       "auc": 0.7
             *     }
             */
            minMetrics?: {
                accuracy?: number;
                auc?: number;
                brier?: number;
                classwise_ece?: number;
                ece?: number;
                f1?: number;
                log_loss?: number;
                macro_auc?: number;
                macro_f1?: number;
                mae?: number;
                precision?: number;
                r2?: number;
                recall?: number;
                rmse?: number;
                weighted_f1?: number;
            };
            /**
             * @description fewest holdout rows a segment or sensitive group needs before a gate judges it: the bias gap is taken over groups this large, and regression is compared on segments this large in both versions
             * @default 30
             */
            minSegmentSize?: number;
            /**
             * @description what a gate does with what it cannot measure (a group or segment under the minimum size, an attribute with fewer than two measurable groups, a metric the version does not report): a gate result with `measured: null` that fails the promotion ('fail'), or is recorded and passes ('ignore')
             * @default fail
             * @enum {string}
             */
            unmeasured?: "fail" | "ignore";
            /**
             * @description how much worse than the current production version a candidate may be, overall and in every segment both report
             * @default null
             */
            maxRegression?: {
                metrics: {
                    accuracy?: number;
                    auc?: number;
                    brier?: number;
                    classwise_ece?: number;
                    ece?: number;
                    f1?: number;
                    log_loss?: number;
                    macro_auc?: number;
                    macro_f1?: number;
                    mae?: number;
                    precision?: number;
                    r2?: number;
                    recall?: number;
                    rmse?: number;
                    weighted_f1?: number;
                };
                /** @description replaces the top-level minSegmentSize for these gates (policies declared before it have it) */
                minSegmentSize?: number;
            } | null;
            /**
             * @description ceilings on bias metrics across the dataset's sensitive attributes (each task reports its own: see libs/ml BIAS_METRICS)
             * @default {}
             */
            maxBias?: {
                demographic_parity_difference?: number;
                equal_opportunity_difference?: number;
                accuracy_difference?: number;
                mean_error_difference?: number;
                mean_prediction_difference?: number;
            };
            /**
             * @description validation verdicts of the training snapshot that may be promoted
             * @default [
             *       "PASS",
             *       "WARN",
             *       "RELEASED"
             *     ]
             */
            dataVerdicts?: ("PASS" | "WARN" | "RELEASED")[];
            /**
             * @description stages that need a passing load test of the version first
             * @default [
             *       "PRODUCTION"
             *     ]
             */
            loadTestRequiredFor?: ("CANARY" | "SHADOW" | "PRODUCTION")[];
            /**
             * @description never: gates decide; always: a person approves every promotion; override: a person may approve one that failed its gates, with a reason
             * @default override
             * @enum {string}
             */
            approval?: "never" | "always" | "override";
            /**
             * @description releases without a person: every registered version is tried as a canary, and a canary whose load test passed is tried for production; the gates decide each step (null: people promote)
             * @default null
             */
            autoRelease?: {
                /** @default 10 */
                canaryPercent?: number;
                /** @default true */
                toProduction?: boolean;
            } | null;
        };
        Rollback: {
            fromVersion: number;
            toVersion: number;
        };
        RollbackRequest: {
            reason: string;
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
        GateEvaluation: {
            /** Format: uuid */
            evaluationId: string;
            modelName: string;
            version: number;
            /** @enum {string} */
            targetStage: "CANDIDATE" | "CANARY" | "SHADOW" | "PRODUCTION" | "ARCHIVED";
            policyVersion: string;
            passed: boolean;
            gates: components["schemas"]["GateResult"][];
            requestedBy: string;
            /**
             * Format: date-time
             * @example 2001-01-31T23:59:00Z
             */
            createdAt: string;
        };
        GateResult: {
            /** @description min_metric.auc, regression.auc, bias.<metric>, data_validation, load_test, distinct_model ... */
            gate: string;
            /** @description the segment (field=value) or sensitive field it judged; null for a global gate */
            segment: string | null;
            /** @description null when the gate is not numeric, or could not measure */
            measured: number | null;
            threshold: number | null;
            passed: boolean;
            detail: string;
        };
        PromotionOutcome: {
            /** @enum {string} */
            status: "PROMOTED";
            version: components["schemas"]["ModelVersion"];
            gates: components["schemas"]["GateResult"][];
        } | {
            /** @enum {string} */
            status: "AWAITING_APPROVAL";
            /** Format: uuid */
            approvalId: string;
            gates: components["schemas"]["GateResult"][];
        };
        PromotionRequest: {
            /** @enum {string} */
            targetStage: "CANARY" | "SHADOW" | "PRODUCTION" | "ARCHIVED";
            /** @description a canary's share of traffic (a canary only) */
            trafficPercent?: number;
            reason: string;
            /**
             * @description ask an approver to override failed gates (the policy must allow it; the reason needs 10 characters)
             * @default false
             */
            override?: boolean;
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
            query?: {
                status?: "PENDING" | "GRANTED" | "REJECTED" | "OBSOLETE";
                modelName?: string;
                /** @description page size, 1 to 500 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Approvals the registry asked for, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Approval"][];
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
            /** @description A model's promotion policy: the declared one, or the default */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromotionPolicyVersion"];
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
    Policies_declare: {
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
                 *       "minMetrics": {
                 *         "auc": 0.7
                 *       },
                 *       "maxRegression": {
                 *         "metrics": {
                 *           "auc": 0.02
                 *         }
                 *       },
                 *       "maxBias": {
                 *         "demographic_parity_difference": 0.1
                 *       },
                 *       "approval": "override"
                 *     }
                 */
                "application/json": components["schemas"]["PromotionPolicy"];
            };
        };
        responses: {
            /** @description this exact policy is the model's already: its version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromotionPolicyVersion"];
                };
            };
            /** @description Declare a model's promotion policy (approvers only) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromotionPolicyVersion"];
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
    Promotions_rollback: {
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
                 *       "reason": "v7 answers late under load"
                 *     }
                 */
                "application/json": components["schemas"]["RollbackRequest"];
            };
        };
        responses: {
            /** @description Return production to the previous production version (RolledBack) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rollback"];
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
            /** @description no earlier production version to return to */
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
    Versions_list: {
        parameters: {
            query?: {
                stage?: "CANDIDATE" | "CANARY" | "SHADOW" | "PRODUCTION" | "ARCHIVED";
                /** @description page size, 1 to 500 */
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
    Promotions_evaluations: {
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
            /** @description Every evaluation of a version's gates, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GateEvaluation"][];
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
    Promotions_promote: {
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
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "targetStage": "CANARY",
                 *       "trafficPercent": 10,
                 *       "reason": "better AUC on every segment"
                 *     }
                 */
                "application/json": components["schemas"]["PromotionRequest"];
            };
        };
        responses: {
            /** @description Promote a version to a stage, through its model's policy gates */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromotionOutcome"];
                };
            };
            /** @description waiting for an approver: the approval id */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromotionOutcome"];
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
            /** @description the model has no such version */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the stage cannot be reached from where the version is, or gates failed (each named, registry.gates_failed) */
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
