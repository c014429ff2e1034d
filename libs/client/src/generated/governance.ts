// Generated from contracts/openapi/governance.json by openapi-typescript (npm run contracts:openapi): do not edit.
export interface paths {
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The public keys that verify the platform's tokens (RFC 7517), for any gateway or JWT library
         * @description Every key that still verifies tokens: the one that signs and those retiring. Tokens carry iss loopgate-governance and aud loopgate.
         */
        get: operations["JsonWebKeySet_jwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
    "/v1/access/datasets/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The team that owns a dataset, and the teams granted a role on it */
        get: operations["Ownership_dataset"];
        /**
         * Claim an unowned dataset for a team, or change its grants
         * @description A name nobody owns is claimed by a data scientist or admin of the claiming team; after that the owning team's admins change the grants.
         */
        put: operations["Ownership_changeDataset"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access/models/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The team that owns a model, and the teams granted a role on it */
        get: operations["Ownership_model"];
        /**
         * Claim an unowned model for a team, or change its grants
         * @description A name nobody owns is claimed by a data scientist or admin of the claiming team; after that the owning team's admins change the grants.
         */
        put: operations["Ownership_changeModel"];
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
        /** The approval queue, oldest first */
        get: operations["Approvals_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/approvals/{approvalId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Grant or reject an approval, with a reason (ApprovalGranted / ApprovalRejected)
         * @description The approver who asked for the promotion may not decide it (403, audited).
         */
        post: operations["Approvals_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit log entries, newest first, by correlation id or event type */
        get: operations["Audit_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Walk the hash chain and the published checkpoints: ok, or the first bad entry and why */
        get: operations["Audit_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lineage/models/{modelName}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What produced a model version: run, request, training set, snapshot, gates, load tests, approvals, stages */
        get: operations["Lineage_modelVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lineage/predictions/{predictionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What produced a prediction: model version, run, request, training set, snapshot, gates, load tests, approvals */
        get: operations["Lineage_prediction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lineage/snapshots/{snapshotId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a snapshot produced: its verdicts, training sets, runs, model versions with their stages and how many predictions each served */
        get: operations["Lineage_snapshot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/principals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every principal, by name */
        get: operations["Identities_list"];
        put?: never;
        /**
         * Create a person or a service, with its roles; the answer holds its secret, once
         * @description A team's admin gives roles on its own teams only; a platform admin on every team.
         */
        post: operations["Identities_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/principals/{name}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable a principal: no more tokens, and its live ones revoked
         * @description A team's admin disables principals whose roles are all on its teams.
         */
        post: operations["Identities_disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/signing-keys/{keyId}/revocation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a signing key at once (it leaked): every service refuses its tokens and the events it signs from SigningKeyRevoked on
         * @description The key that signs now is replaced first, so tokens are issued on; the revocation is certified by the root key as keys are. A person or service holding a token of the revoked key exchanges its secret again.
         */
        post: operations["SigningKeys_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/signing-keys/rotation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new signing key; the old ones keep verifying the tokens they signed until those expire */
        post: operations["SigningKeys_rotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A signed access token for a principal's name and secret
         * @description The only route besides health and this reference that takes no token.
         */
        post: operations["Identities_issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tokens/{tokenId}/revocation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a token: every service refuses it once it reads TokenRevoked */
        post: operations["Identities_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tokens/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the presented token says the caller is */
        get: operations["Identities_current"];
        put?: never;
        post?: never;
        /** Sign out: the presented token is revoked everywhere */
        delete: operations["Identities_signOut"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Jwks: {
            keys: components["schemas"]["Jwk"][];
        };
        Jwk: {
            /** @enum {string} */
            kty: "OKP";
            /** @enum {string} */
            crv: "Ed25519";
            /** @description the public key, base64url */
            x: string;
            kid: string;
            /** @enum {string} */
            alg: "EdDSA";
            /** @enum {string} */
            use: "sig";
        };
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
        ObjectAccess: {
            /** @enum {string} */
            kind: "dataset" | "model";
            name: string;
            ownerTeam: string;
            grants: components["schemas"]["RoleBinding"][];
            changedBy: string;
            /**
             * Format: date-time
             * @example 2001-01-31T23:59:00Z
             */
            changedAt: string;
        };
        RoleBinding: {
            /** @description a team, or * for every team */
            team: "*" | string;
            /** @enum {string} */
            role: "viewer" | "data_scientist" | "approver" | "admin";
        };
        AccessChange: {
            /** @description the team that owns the object (only a platform admin hands it to another team) */
            ownerTeam: "*" | string;
            /**
             * @description roles of other teams on the object
             * @default []
             */
            grants?: {
                /** @description one team (not *) */
                team: "*" | string;
                /** @enum {string} */
                role: "viewer" | "data_scientist" | "approver" | "admin";
            }[];
        };
        Approval: {
            approvalId: string;
            modelName: string;
            version: number;
            targetStage: string;
            /** @description why the registry asks: the policy, or an override of failed gates, with the requester's reason */
            reason: string;
            requestedBy: string;
            failedGates: string[];
            /** @enum {string} */
            status: "PENDING" | "GRANTED" | "REJECTED";
            decidedBy: string | null;
            decisionReason: string | null;
            /**
             * Format: date-time
             * @example 2001-01-31T23:59:00Z
             */
            requestedAt: string;
            /**
             * Format: date-time
             * @example 2001-01-31T23:59:00Z
             */
            decidedAt: string | null;
        };
        ApprovalDecision: {
            /** @enum {string} */
            decision: "GRANT" | "REJECT";
            reason: string;
        };
        AuditEntry: {
            /** @description the place of the entry in the log: 1, 2, 3 ... */
            sequence: number;
            eventId: string;
            type: string;
            topic: string;
            partition: number;
            offset: string;
            /** @description ISO-8601 time of the event, as its producer stated it */
            time: string;
            source: string;
            actor: string;
            correlationId: string;
            causationId: string | null;
            subject: string | null;
            /** @description the event, as its type in the event catalog */
            payload?: unknown;
            prevHash: string;
            /** @description sha256 of the entry and the hash of the one before it */
            hash: string;
        };
        AuditVerification: {
            ok: boolean;
            entries: number;
            headHash: string;
            /** @description the first bad entry, when the chain is broken */
            firstBreak: {
                sequence: number;
                reason: string;
            } | null;
            /** @description signed checkpoints on the topic compared, and the first one the log no longer matches */
            checkpoints: {
                /** @description checkpoints on the topic signed by governance's certified keys */
                checked: number;
                /** @description checkpoints on the topic not signed by governance (not used: anyone who may write the topic can put one there) */
                unverified: number;
                mismatch: {
                    sequence: number;
                    expected: string;
                    found: string | null;
                } | null;
            };
        };
        ModelLineage: {
            /** @description VersionRegistered */
            model: {
                /** @description the event type that says it */
                type: string;
                eventId: string;
                /**
                 * Format: date-time
                 * @example 2001-01-31T23:59:00Z
                 */
                time: string;
                actor: string;
                /** @description the event, as its type in the event catalog */
                payload: {
                    [key: string]: unknown;
                };
            };
            /** @description TrainingCompleted */
            run: {
                /** @description the event type that says it */
                type: string;
                eventId: string;
                /**
                 * Format: date-time
                 * @example 2001-01-31T23:59:00Z
                 */
                time: string;
                actor: string;
                /** @description the event, as its type in the event catalog */
                payload: {
                    [key: string]: unknown;
                };
            } | null;
            /** @description TrainingRequested */
            request: {
                /** @description the event type that says it */
                type: string;
                eventId: string;
                /**
                 * Format: date-time
                 * @example 2001-01-31T23:59:00Z
                 */
                time: string;
                actor: string;
                /** @description the event, as its type in the event catalog */
                payload: {
                    [key: string]: unknown;
                };
            } | null;
            /** @description why it was trained, when a monitoring rule asked: the recommendation and its signals */
            recommendation: {
                step: components["schemas"]["LineageStep"];
                signals: components["schemas"]["LineageStep"][];
            } | null;
            /** @description FeatureSetMaterialized */
            trainingSet: {
                /** @description the event type that says it */
                type: string;
                eventId: string;
                /**
                 * Format: date-time
                 * @example 2001-01-31T23:59:00Z
                 */
                time: string;
                actor: string;
                /** @description the event, as its type in the event catalog */
                payload: {
                    [key: string]: unknown;
                };
            } | null;
            /** @description SnapshotSealed */
            snapshot: {
                /** @description the event type that says it */
                type: string;
                eventId: string;
                /**
                 * Format: date-time
                 * @example 2001-01-31T23:59:00Z
                 */
                time: string;
                actor: string;
                /** @description the event, as its type in the event catalog */
                payload: {
                    [key: string]: unknown;
                };
            } | null;
            dataVerdicts: components["schemas"]["LineageStep"][];
            gates: components["schemas"]["LineageStep"][];
            loadTests: components["schemas"]["LineageStep"][];
            approvals: components["schemas"]["LineageStep"][];
            stages: components["schemas"]["LineageStep"][];
        };
        LineageStep: {
            /** @description the event type that says it */
            type: string;
            eventId: string;
            /**
             * Format: date-time
             * @example 2001-01-31T23:59:00Z
             */
            time: string;
            actor: string;
            /** @description the event, as its type in the event catalog */
            payload: {
                [key: string]: unknown;
            };
        };
        PredictionLineage: {
            /** @description VersionRegistered */
            model: {
                /** @description the event type that says it */
                type: string;
                eventId: string;
                /**
                 * Format: date-time
                 * @example 2001-01-31T23:59:00Z
                 */
                time: string;
                actor: string;
                /** @description the event, as its type in the event catalog */
                payload: {
                    [key: string]: unknown;
                };
            };
            /** @description TrainingCompleted */
            run: {
                /** @description the event type that says it */
                type: string;
                eventId: string;
                /**
                 * Format: date-time
                 * @example 2001-01-31T23:59:00Z
                 */
                time: string;
                actor: string;
                /** @description the event, as its type in the event catalog */
                payload: {
                    [key: string]: unknown;
                };
            } | null;
            /** @description TrainingRequested */
            request: {
                /** @description the event type that says it */
                type: string;
                eventId: string;
                /**
                 * Format: date-time
                 * @example 2001-01-31T23:59:00Z
                 */
                time: string;
                actor: string;
                /** @description the event, as its type in the event catalog */
                payload: {
                    [key: string]: unknown;
                };
            } | null;
            /** @description why it was trained, when a monitoring rule asked: the recommendation and its signals */
            recommendation: {
                step: components["schemas"]["LineageStep"];
                signals: components["schemas"]["LineageStep"][];
            } | null;
            /** @description FeatureSetMaterialized */
            trainingSet: {
                /** @description the event type that says it */
                type: string;
                eventId: string;
                /**
                 * Format: date-time
                 * @example 2001-01-31T23:59:00Z
                 */
                time: string;
                actor: string;
                /** @description the event, as its type in the event catalog */
                payload: {
                    [key: string]: unknown;
                };
            } | null;
            /** @description SnapshotSealed */
            snapshot: {
                /** @description the event type that says it */
                type: string;
                eventId: string;
                /**
                 * Format: date-time
                 * @example 2001-01-31T23:59:00Z
                 */
                time: string;
                actor: string;
                /** @description the event, as its type in the event catalog */
                payload: {
                    [key: string]: unknown;
                };
            } | null;
            dataVerdicts: components["schemas"]["LineageStep"][];
            gates: components["schemas"]["LineageStep"][];
            loadTests: components["schemas"]["LineageStep"][];
            approvals: components["schemas"]["LineageStep"][];
            stages: components["schemas"]["LineageStep"][];
            /** @description PredictionServed */
            prediction: {
                /** @description the event type that says it */
                type: string;
                eventId: string;
                /**
                 * Format: date-time
                 * @example 2001-01-31T23:59:00Z
                 */
                time: string;
                actor: string;
                /** @description the event, as its type in the event catalog */
                payload: {
                    [key: string]: unknown;
                };
            };
        };
        SnapshotLineage: {
            snapshot: components["schemas"]["LineageStep"];
            dataVerdicts: components["schemas"]["LineageStep"][];
            trainingSets: components["schemas"]["LineageStep"][];
            runs: components["schemas"]["LineageStep"][];
            models: {
                modelName: string;
                version: number;
                runId: string;
                /** @description every stage the version went to, in order */
                stages: string[];
                predictionsAnnounced: number;
            }[];
        };
        Principal: {
            name: string;
            /** @enum {string} */
            kind: "person" | "service";
            roles: components["schemas"]["RoleBinding"][];
            createdBy: string;
            /**
             * Format: date-time
             * @example 2001-01-31T23:59:00Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2001-01-31T23:59:00Z
             */
            disabledAt: string | null;
        };
        CreatedPrincipal: {
            principal: components["schemas"]["Principal"];
            /** @description shown this once; only its hash is stored */
            secret: string;
        };
        NewPrincipal: {
            name: string;
            /** @enum {string} */
            kind: "person" | "service";
            roles: components["schemas"]["RoleBinding"][];
        };
        Reason: {
            reason: string;
        };
        SigningKey: {
            keyId: string;
            /**
             * Format: date-time
             * @example 2001-01-31T23:59:00Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description when it stops verifying tokens (the longest a token it signed can live); null while it signs
             * @example 2001-01-31T23:59:00Z
             */
            retiresAt: string | null;
            /**
             * Format: date-time
             * @description when it was revoked: it verifies nothing since
             * @example 2001-01-31T23:59:00Z
             */
            revokedAt: string | null;
        };
        SigningKeyRotation: {
            signing: components["schemas"]["SigningKey"];
            retiring: components["schemas"]["SigningKey"][];
        };
        IssuedToken: {
            /** @description the bearer token: Authorization: Bearer <token> */
            token: string;
            tokenId: string;
            principal: string;
            /**
             * Format: date-time
             * @example 2001-01-31T23:59:00Z
             */
            expiresAt: string;
        };
        TokenRequest: {
            principal: string;
            secret: string;
            /** @description the token's lifetime; the service's default when absent, its maximum at most */
            ttlSeconds?: number;
        };
        TokenRevocation: {
            tokenId: string;
            /** @description false when the token was revoked already */
            revoked: boolean;
        };
        Caller: {
            name: string;
            /** @enum {string} */
            kind: "person" | "service";
            roles: components["schemas"]["RoleBinding"][];
            tokenId: string;
            /** @description when the token expires, epoch milliseconds */
            expiresAt: number;
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
    JsonWebKeySet_jwks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The public keys that verify the platform's tokens (RFC 7517), for any gateway or JWT library */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Jwks"];
                };
            };
        };
    };
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
    Ownership_dataset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team that owns a dataset, and the teams granted a role on it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectAccess"];
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
            /** @description the dataset belongs to no team yet */
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
    Ownership_changeDataset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "ownerTeam": "flights",
                 *       "grants": [
                 *         {
                 *           "team": "revenue",
                 *           "role": "viewer"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["AccessChange"];
            };
        };
        responses: {
            /** @description the grants changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectAccess"];
                };
            };
            /** @description Claim an unowned dataset for a team, or change its grants */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectAccess"];
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
    Ownership_model: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team that owns a model, and the teams granted a role on it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectAccess"];
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
            /** @description the model belongs to no team yet */
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
    Ownership_changeModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "ownerTeam": "flights",
                 *       "grants": [
                 *         {
                 *           "team": "revenue",
                 *           "role": "viewer"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["AccessChange"];
            };
        };
        responses: {
            /** @description the grants changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectAccess"];
                };
            };
            /** @description Claim an unowned model for a team, or change its grants */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectAccess"];
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
    Approvals_list: {
        parameters: {
            query?: {
                modelName?: string;
                status?: "PENDING" | "GRANTED" | "REJECTED";
                /** @description page size, 1 to 500 */
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
            /** @description The approval queue, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Approval"][];
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
    Approvals_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                approvalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "decision": "GRANT",
                 *       "reason": "the SFO holdout week had a storm; every other segment improved"
                 *     }
                 */
                "application/json": components["schemas"]["ApprovalDecision"];
            };
        };
        responses: {
            /** @description Grant or reject an approval, with a reason (ApprovalGranted / ApprovalRejected) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Approval"];
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
            /** @description no such approval is known (yet) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the approval was decided already */
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
    Audit_list: {
        parameters: {
            query?: {
                correlationId?: string;
                /** @description an event type: StageChanged, AccessDenied ... */
                type?: string;
                /** @description page size, 1 to 500 */
                limit?: number;
                /** @description an entry's sequence number: the `next` of the previous page */
                before?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Audit log entries, newest first, by correlation id or event type */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AuditEntry"][];
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
    Audit_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Walk the hash chain and the published checkpoints: ok, or the first bad entry and why */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditVerification"];
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
    Lineage_modelVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                modelName: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What produced a model version: run, request, training set, snapshot, gates, load tests, approvals, stages */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelLineage"];
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
            /** @description the version is not in the audit log (yet) */
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
    Lineage_prediction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                predictionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What produced a prediction: model version, run, request, training set, snapshot, gates, load tests, approvals */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PredictionLineage"];
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
            /** @description the prediction is not in the audit log (yet): serving announces a sample of its predictions */
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
    Lineage_snapshot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                snapshotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What a snapshot produced: its verdicts, training sets, runs, model versions with their stages and how many predictions each served */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnapshotLineage"];
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
            /** @description the snapshot is not in the audit log (yet) */
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
    Identities_list: {
        parameters: {
            query?: {
                /** @description page size, 1 to 500 */
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
            /** @description Every principal, by name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Principal"][];
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
    Identities_create: {
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
                 *       "name": "alice",
                 *       "kind": "person",
                 *       "roles": [
                 *         {
                 *           "team": "flights",
                 *           "role": "data_scientist"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["NewPrincipal"];
            };
        };
        responses: {
            /** @description Create a person or a service, with its roles; the answer holds its secret, once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedPrincipal"];
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
            /** @description the name is taken */
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
    Identities_disable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "left the company"
                 *     }
                 */
                "application/json": components["schemas"]["Reason"];
            };
        };
        responses: {
            /** @description Disable a principal: no more tokens, and its live ones revoked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Principal"];
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
            /** @description no such principal */
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
    SigningKeys_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                keyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "the key leaked with a backup"
                 *     }
                 */
                "application/json": components["schemas"]["Reason"];
            };
        };
        responses: {
            /** @description Revoke a signing key at once (it leaked): every service refuses its tokens and the events it signs from SigningKeyRevoked on */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SigningKey"];
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
            /** @description no such key was made here */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the key was revoked already */
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
    SigningKeys_rotate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new signing key; the old ones keep verifying the tokens they signed until those expire */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SigningKeyRotation"];
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
    Identities_issue: {
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
                 *       "principal": "alice",
                 *       "secret": "the secret given when alice was created",
                 *       "ttlSeconds": 3600
                 *     }
                 */
                "application/json": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description A signed access token for a principal's name and secret */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedToken"];
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
            /** @description unknown principal or wrong secret (not saying which), or a disabled principal */
            401: {
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
            /** @description too many exchanges from this address, or too many wrong secrets for this name: try again after Retry-After seconds */
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
    Identities_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "the laptop was lost"
                 *     }
                 */
                "application/json": components["schemas"]["Reason"];
            };
        };
        responses: {
            /** @description Revoke a token: every service refuses it once it reads TokenRevoked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenRevocation"];
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
            /** @description no such token was issued */
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
    Identities_current: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Who the presented token says the caller is */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Caller"];
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
    Identities_signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sign out: the presented token is revoked everywhere */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenRevocation"];
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
            /** @description the token is not one governance issued (an ephemeral authority signed it: a replay, a test) */
            404: {
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
