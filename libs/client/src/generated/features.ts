// Generated from contracts/openapi/features.json by openapi-typescript (npm run contracts:openapi): do not edit.
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
    "/v1/feature-sets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Feature sets newest first, of one dataset or of every dataset the caller may see */
        get: operations["FeatureSets_list"];
        put?: never;
        /**
         * Register a feature set on a dataset; a changed definition is a new version
         * @description Its features must read fields of the dataset's latest spec, of a type they can read, and not the label: those problems come in 422 features.invalid_feature_set.
         */
        post: operations["FeatureSets_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feature-sets/{featureSetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A feature set's latest version, and its versions */
        get: operations["FeatureSets_describe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feature-sets/{featureSetId}/materializations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A feature set's materializations, newest first */
        get: operations["Materializations_list"];
        put?: never;
        /**
         * Materialize a feature set's latest version on an accepted snapshot of its dataset
         * @description Each label joins the latest features its entity had at the label time, never later ones; announced as FeatureSetMaterialized.
         */
        post: operations["Materializations_materialize"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feature-sets/{featureSetId}/online/{entityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One entity's fields as of its latest record */
        get: operations["OnlineFeatures_one"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feature-sets/{featureSetId}/online/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Many entities at once: the found ones in request order, the unknown ones listed as missing */
        post: operations["OnlineFeatures_lookup"];
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
        FeatureSet: {
            featureSetId: string;
            /** @description the hash of the definition: the same definition, the same version */
            version: string;
            datasetId: string;
            definition: components["schemas"]["FeatureDefinition"];
            registeredBy: string;
            /**
             * Format: date-time
             * @example 2001-01-31T23:59:00Z
             */
            createdAt: string;
        };
        FeatureDefinition: {
            featureSetId: string;
            features: components["schemas"]["Feature"][];
        };
        Feature: {
            /** @enum {string} */
            kind: "numeric";
            name: string;
            /** @description the dataset's field the feature reads */
            source: string;
            /** @description what a missing value becomes: the training mean or median, or a value */
            impute: ("mean" | "median") | {
                value: number;
            };
            clip?: {
                lower?: number;
                upper?: number;
            };
            log?: boolean;
            standardize?: boolean;
        } | {
            /** @enum {string} */
            kind: "categorical";
            name: string;
            /** @description the dataset's field the feature reads */
            source: string;
            /** @description values seen fewer times in training fall in the unknown bucket */
            minFrequency: number;
            /** @enum {string} */
            encoding: "onehot" | "frequency" | "target";
            /** @description target encoding: how many rows' worth of the prior a category's mean is shrunk towards (20 unless said) */
            smoothing?: number;
        } | {
            /** @enum {string} */
            kind: "datetime";
            name: string;
            /** @description the dataset's field the feature reads */
            source: string;
            parts: ("hour" | "dayOfWeek" | "month" | "hourCyclical" | "dayOfWeekCyclical" | "monthCyclical")[];
        } | {
            /** @enum {string} */
            kind: "bucket";
            name: string;
            /** @description the dataset's field the feature reads */
            source: string;
            boundaries: number[];
        };
        FeatureSetRequest: {
            featureSetId: string;
            datasetId: string;
            features: components["schemas"]["Feature"][];
        };
        FeatureSetDescription: {
            featureSetId: string;
            /** @description the hash of the definition: the same definition, the same version */
            version: string;
            datasetId: string;
            definition: components["schemas"]["FeatureDefinition"];
            registeredBy: string;
            /**
             * Format: date-time
             * @example 2001-01-31T23:59:00Z
             */
            createdAt: string;
            /** @description every version, newest first */
            versions: {
                version: string;
                /**
                 * Format: date-time
                 * @example 2001-01-31T23:59:00Z
                 */
                createdAt: string;
            }[];
        };
        Materialization: {
            featureSetId: string;
            version: string;
            snapshotId: string;
            datasetId: string;
            /** @description the point-in-time training set (JSON lines) */
            trainingSet: {
                uri: string;
                sha256: string;
                sizeBytes: number;
            };
            rowCount: number;
            /** @description labels whose entity had no features at their time: left out */
            labelsWithoutFeatures: number;
            /** @description the reference profile of each feature, which drift is measured against */
            profile: components["schemas"]["FeatureProfile"][];
            durationMs: number;
            /**
             * Format: date-time
             * @example 2001-01-31T23:59:00Z
             */
            createdAt: string;
        };
        FeatureProfile: {
            feature: string;
            /** @enum {string} */
            kind: "NUMERIC" | "CATEGORICAL";
            /** @description share of rows where the raw value was missing */
            nullRate: number;
            /** @description numeric: quantile bin edges, ascending (empty for categorical) */
            binEdges: number[];
            /** @description numeric: share of rows per bin, edges + 1 bins (empty for categorical) */
            binShares: number[];
            /** @description categorical: share of rows per category (empty for numeric) */
            categoryShares: {
                [key: string]: number;
            };
        };
        MaterializationRequest: {
            snapshotId: string;
        };
        OnlineEntityFeatures: {
            entityId: string;
            /** @description the event time of the entity's latest record, in epoch milliseconds */
            eventTime: number;
            /** @description the raw fields the feature set reads, as of that record: what a model's graph takes as input */
            fields: {
                [key: string]: unknown;
            };
            featureSetId: string;
            version: string;
        };
        OnlineLookup: {
            featureSetId: string;
            /** @description the feature set version whose fields were read */
            version: string;
            /** @description the entities found, in request order */
            found: components["schemas"]["OnlineFeatures"][];
            /** @description the entities no record of has reached the online store */
            missing: string[];
        };
        OnlineFeatures: {
            entityId: string;
            /** @description the event time of the entity's latest record, in epoch milliseconds */
            eventTime: number;
            /** @description the raw fields the feature set reads, as of that record: what a model's graph takes as input */
            fields: {
                [key: string]: unknown;
            };
        };
        OnlineLookupRequest: {
            entityIds: string[];
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
    FeatureSets_list: {
        parameters: {
            query?: {
                datasetId?: string;
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
            /** @description Feature sets newest first, of one dataset or of every dataset the caller may see */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["FeatureSet"][];
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
    FeatureSets_register: {
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
                 *       "featureSetId": "flights-delay",
                 *       "datasetId": "flights",
                 *       "features": [
                 *         {
                 *           "kind": "numeric",
                 *           "name": "distance",
                 *           "source": "distance",
                 *           "impute": "median",
                 *           "log": true
                 *         },
                 *         {
                 *           "kind": "categorical",
                 *           "name": "origin",
                 *           "source": "origin",
                 *           "minFrequency": 5,
                 *           "encoding": "onehot"
                 *         },
                 *         {
                 *           "kind": "datetime",
                 *           "name": "departure",
                 *           "source": "date",
                 *           "parts": [
                 *             "hourCyclical",
                 *             "dayOfWeek"
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["FeatureSetRequest"];
            };
        };
        responses: {
            /** @description this exact definition is registered already: its version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeatureSet"];
                };
            };
            /** @description Register a feature set on a dataset; a changed definition is a new version */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeatureSet"];
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
    FeatureSets_describe: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description a feature set id */
                featureSetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A feature set's latest version, and its versions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeatureSetDescription"];
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
            /** @description the feature set is not registered */
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
    Materializations_list: {
        parameters: {
            query?: {
                /** @description page size, 1 to 500 */
                limit?: number;
                /** @description the `next` of the previous page */
                before?: string;
            };
            header?: never;
            path: {
                /** @description a feature set id */
                featureSetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A feature set's materializations, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Materialization"][];
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
            /** @description the feature set is not registered */
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
    Materializations_materialize: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description a feature set id */
                featureSetId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "snapshotId": "9f2c4e6a8b0d1f3e5a7c9e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f1a3c5e7b9d0f"
                 *     }
                 */
                "application/json": components["schemas"]["MaterializationRequest"];
            };
        };
        responses: {
            /** @description it was materialized on this snapshot before: that one */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Materialization"];
                };
            };
            /** @description Materialize a feature set's latest version on an accepted snapshot of its dataset */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Materialization"];
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
            /** @description the feature set or the snapshot is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the snapshot is not accepted (quarantined or rejected) */
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
    OnlineFeatures_one: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description a feature set id */
                featureSetId: string;
                /** @description an entity id */
                entityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One entity's fields as of its latest record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnlineEntityFeatures"];
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
            /** @description the feature set is not registered, or no record of the entity has reached the online store */
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
    OnlineFeatures_lookup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description a feature set id */
                featureSetId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "entityIds": [
                 *         "UA-1-2001-01-01",
                 *         "AA-7-2001-01-01"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["OnlineLookupRequest"];
            };
        };
        responses: {
            /** @description Many entities at once: the found ones in request order, the unknown ones listed as missing */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnlineLookup"];
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
            /** @description the feature set is not registered */
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
}
