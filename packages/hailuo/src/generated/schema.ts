// Generated from specs/hailuo.yaml by scripts/generate.mjs: do not edit, run `pnpm generate`.
export interface paths {
    "/hailuo/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read one Hailuo task or a batch of them
         * @description `{"action": "retrieve", "id"}` answers the task record, or `{}` when the id is unknown. `{"action": "retrieve_batch", "ids"}` answers `{items, count}`; unknown ids are left out. A record has no `response` while the task runs.
         */
        post: operations["retrieveTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hailuo/videos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a Hailuo generation
         * @description Generates from a prompt. With `async: true` or a `callback_url` the answer is `TaskAccepted` at once; otherwise the request waits for the result. With a `callback_url`, the finished result is also POSTed to that URL.
         */
        post: operations["createTask"];
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
        /** @description The body of an error answer. The gateway's own answers carry no `success`; the guides show the same body with `success: false`, so both are accepted. `trace_id` is absent from some answers. */
        ApiError: {
            /** @description What went wrong. */
            error: {
                /**
                 * @description A machine-readable error code. Documented codes, by HTTP status: 400 `bad_request`, `no_token`, `api_not_implemented`, `token_mismatched`, `disabled`; 401 `invalid_token`, `token_expired`, `token_mismatched`; 403 `used_up`, `forbidden` (content moderation), `disabled`; 404 `no_api`, `not_found`; 413 `request_too_large`; 429 `too_many_requests`; 500 `api_error`, `internal_error`; 503 `service_unavailable`; 504 `timeout`. An open string: the gateway may add codes.
                 * @example bad_request
                 * @example no_token
                 * @example api_not_implemented
                 * @example token_mismatched
                 * @example disabled
                 * @example invalid_token
                 * @example token_expired
                 * @example used_up
                 * @example forbidden
                 * @example no_api
                 * @example not_found
                 * @example request_too_large
                 * @example too_many_requests
                 * @example api_error
                 * @example internal_error
                 * @example service_unavailable
                 * @example timeout
                 */
                code: string;
                /** @description A human-readable explanation. */
                message: string;
            };
            /**
             * @description Always `false` when present.
             * @constant
             */
            success?: false;
            /** @description The id of the request in the provider's logs. */
            trace_id?: string;
        };
        /** @description The body of `POST /hailuo/videos`. The API reference requires `action`, `model` and `prompt`; one of the vendor's clients leaves `model` out (the server then uses `minimax-t2v`), so only `action` and `prompt` are required here, and the clients send all three. */
        CreateTaskRequest: {
            /**
             * @description Always `generate`, the only documented action.
             * @enum {string}
             */
            action: "generate";
            /** @description Answer `TaskAccepted` at once instead of waiting for the result. */
            async?: boolean;
            /** @description Where to POST the finished result; the answer is then `TaskAccepted` at once. */
            callback_url?: string;
            /** @description The URL of the first frame (Base64 is not accepted). Needed by `minimax-i2v`, and by `minimax-i2v-director` according to the vendor's own tools. */
            first_image_url?: string;
            model?: components["schemas"]["VideoModel"];
            /** @description What the video shows; with the director model, camera moves in brackets. */
            prompt: string;
        };
        /** @description A failed generation, as the synchronous answer, the callback payload, or a record's `response`. */
        GenerationFailure: {
            /** @description Why the generation failed. */
            error: {
                /** @description A machine-readable error code. */
                code: string;
                /** @description A human-readable explanation. */
                message: string;
            };
            /**
             * @description Always `false` here.
             * @constant
             */
            success: false;
            /** @description The id of the task. */
            task_id?: string;
            /** @description The id of the request in the provider's logs. */
            trace_id?: string;
        };
        /** @description A generation result; in a record it can be a snapshot without the result yet. */
        GenerationResult: {
            /** @description The results; absent or without URLs while the task runs. */
            data?: components["schemas"]["ResultItem"][];
            /**
             * @description Always `true` here.
             * @constant
             */
            success: true;
            /** @description The id of the task. */
            task_id?: string;
            /** @description The id of the request in the provider's logs. */
            trace_id?: string;
        };
        /** @description One result of `data`; the URL is absent until `state` is `succeeded`. */
        ResultItem: {
            /** @description The first frame it started from; `null` for a video made from a prompt. */
            first_image_url?: string | null;
            /** @description The id of the result. */
            id?: string;
            /** @description The model that made it. */
            model?: string;
            /** @description The prompt it was made from. */
            prompt?: string;
            /**
             * @description `succeeded`, `failed`, or a word that means it still runs (an open string).
             * @example succeeded
             * @example processing
             * @example failed
             */
            state?: string;
            /** @description Where to download the result, once it succeeded. */
            video_url?: string | null;
        };
        /** @description Reads several tasks at once. */
        RetrieveTaskBatchRequest: {
            /**
             * @description Always `retrieve_batch`.
             * @enum {string}
             */
            action: "retrieve_batch";
            /** @description The task ids; the vendor's tools send at most 50 a request. */
            ids: string[];
        };
        /** @description Reads one task. */
        RetrieveTaskRequest: {
            /**
             * @description Always `retrieve`; the server assumes it when absent.
             * @enum {string}
             */
            action?: "retrieve";
            /** @description The task id. */
            id: string;
        };
        /** @description The answer when `async` is `true` or a `callback_url` was sent; it never carries `success`. */
        TaskAccepted: {
            /** @description The id of the new task, for the provider's tasks endpoint. */
            task_id: string;
            /** @description The id of this request in the provider's logs. */
            trace_id?: string;
        };
        /** @description The answer of `retrieve_batch`; unknown ids are left out. */
        TaskBatch: {
            /** @description How many records were found. */
            count: number;
            /** @description The records found. */
            items: components["schemas"]["TaskRecord"][];
        };
        /** @description The empty object `retrieve` answers for an unknown id. */
        TaskNotFound: Record<string, never>;
        /** @description A stored task, the answer of `retrieve`. `response` is absent while the task runs. */
        TaskRecord: {
            /** @description The storage id of the record. */
            _id?: string;
            /** @description The id of the API that ran the task. */
            api_id?: string;
            /** @description The id of the caller's application. */
            application_id?: string;
            /** @description When the task was created, in Unix seconds with a fraction. */
            created_at?: number;
            /** @description The id of the API token that created the task. */
            credential_id?: string | null;
            /** @description Seconds from start to finish. */
            elapsed?: number | null;
            /** @description When the task finished, in Unix seconds. */
            finished_at?: number | null;
            /** @description The task id. */
            id: string;
            /** @description The body the task was created with. */
            request?: components["schemas"]["TaskRequest"];
            /** @description The generation result; absent while the task runs. */
            response?: components["schemas"]["GenerationResult"] | components["schemas"]["GenerationFailure"];
            /** @description When work on the task started, in Unix seconds. */
            started_at?: number | null;
            /** @description The id of the create request in the provider's logs. */
            trace_id?: string;
            /** @description The kind of task. */
            type?: string;
            /** @description The id of the account that created the task. */
            user_id?: string;
        };
        /** @description The body a task was created with, as a record stores it. Unlike `CreateTaskRequest` it refuses no field and requires none, so records of older or newer bodies still read. */
        TaskRequest: {
            action?: components["schemas"]["CreateTaskRequest"]["action"];
            async?: components["schemas"]["CreateTaskRequest"]["async"];
            callback_url?: components["schemas"]["CreateTaskRequest"]["callback_url"];
            first_image_url?: components["schemas"]["CreateTaskRequest"]["first_image_url"];
            model?: components["schemas"]["CreateTaskRequest"]["model"];
            prompt?: components["schemas"]["CreateTaskRequest"]["prompt"];
        };
        /** @description The model: `minimax-t2v` (from a prompt, the default), `minimax-i2v` (from a first frame, `first_image_url`) or `minimax-i2v-director` (from a first frame, with camera moves written in the prompt). Known values are offered; any other string is accepted, since new models appear. */
        VideoModel: "minimax-t2v" | "minimax-i2v" | "minimax-i2v-director" | (string & {});
    };
    responses: {
        /** @description The request is malformed (`bad_request`), sends no token (`no_token`), uses a token issued for another API (`token_mismatched`, also answered as 401), asks for an API that is not available (`api_not_implemented`), or comes from a disabled application (`disabled`, which the platform documentation lists as 403). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description The balance is used up (`used_up`; the provider answers 403, not 402), content moderation rejected the request (`forbidden`), or the application is disabled (`disabled`, which the API references list as 400). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description The upstream model did not answer in time (`timeout`); retry later. */
        GatewayTimeout: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description The gateway serves no API at this path (`no_api`): a wrong base URL or path, an error that cannot heal. One guide also lists `not_found` for an unknown task, but the tasks endpoint answers an unknown id with `200 {}`. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description The request body is too large. */
        RequestTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description The gateway or the upstream model failed (`api_error`, also the code of most failed generations; some guides name it `internal_error`). */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description The operation is unavailable for now (`service_unavailable`), for example a model or mode the provider has switched off; retry later. The same code can also end an accepted task, inside its `response`. */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description The rate limit was exceeded; retry later. */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description The authorization token is invalid (`invalid_token`), has expired (`token_expired`), or belongs to another API (`token_mismatched`, also answered as 400). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    retrieveTasks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetrieveTaskRequest"] | components["schemas"]["RetrieveTaskBatchRequest"];
            };
        };
        responses: {
            /** @description A task record, a batch, or `{}` for an unknown id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskRecord"] | components["schemas"]["TaskBatch"] | components["schemas"]["TaskNotFound"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createTask: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTaskRequest"];
            };
        };
        responses: {
            /** @description The task was accepted, or the finished generation, or its failure. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskAccepted"] | components["schemas"]["GenerationResult"] | components["schemas"]["GenerationFailure"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["RequestTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
}
