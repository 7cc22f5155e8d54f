// Generated from specs/flux.yaml by scripts/generate-clients.mjs: do not edit, run `pnpm generate`.
export interface paths {
    "/flux/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a Flux image generation
         * @description Generates (`action: generate`) or edits (`action: edit`) images. With `async: true` or a `callback_url` the answer is `TaskAccepted` at once; otherwise the request waits for the result (`GenerationResult` or `GenerationFailure`). With a `callback_url`, the finished result is also POSTed to that URL. Generation typically takes seconds to a few minutes.
         */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flux/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read one Flux task or a batch of them
         * @description `{"action": "retrieve", "id"}` (the default action) answers the task record, or `{}` when the id is unknown. `{"action": "retrieve_batch", "ids"}` answers `{items, count}`; unknown ids are left out. A record has no `response` while the task runs; a `response` with `success: true` but no image yet is still running. No maximum for `ids` is documented; the vendor's tools send at most 50.
         */
        post: operations["retrieveTasks"];
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
        /** @description The body of an error answer; `success` is sometimes omitted. */
        ApiError: {
            /** @description What went wrong. */
            error: {
                /** @description A machine-readable error code: `token_mismatched`, `invalid_token`, `too_many_requests`, ... */
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
        /** @description The body of `POST /flux/images`; also stored as a task record's `request`. */
        CreateTaskRequest: {
            /**
             * @description `generate` creates images from the prompt; `edit` changes the image at `image_url` as the prompt says.
             * @enum {string}
             */
            action: "generate" | "edit";
            /** @description `true` answers `TaskAccepted` at once, without a callback; poll `POST /flux/tasks` for the result. Default `false`. */
            async?: boolean;
            /**
             * Format: uri
             * @description A public URL that receives the finished result (a POST with the `GenerationResult` or `GenerationFailure` body); the request then answers `TaskAccepted` at once.
             */
            callback_url?: string;
            /** @description How many images to generate (default 1); only for `action: generate`. */
            count?: number;
            /**
             * Format: uri
             * @description The image to edit; used with `action: edit`.
             */
            image_url?: string;
            /**
             * @description The Flux model. Known values: `flux-dev`, `flux-pro`, `flux-kontext-pro`, `flux-kontext-max`, `flux-2-flex`, `flux-2-pro`, `flux-2-max`, `flux-2-klein`; older documentation also lists `flux-pro-1.1` and `flux-pro-1.1-ultra`. An open string, since the provider adds and retires models.
             * @example flux-dev
             * @example flux-pro
             * @example flux-kontext-pro
             * @example flux-kontext-max
             * @example flux-2-flex
             * @example flux-2-pro
             * @example flux-2-max
             * @example flux-2-klein
             */
            model?: string;
            /**
             * @description What to generate, or how to edit the image.
             * @example a white siamese cat
             */
            prompt: string;
            /**
             * @description The image size. `flux-dev` and `flux-pro` take pixel sizes (`1024x1024`, `1024x1792`, `1792x1024`); the Kontext and FLUX.2 models take an aspect ratio from `21:9` to `9:21`. Not required by the documentation, but needed in practice.
             * @example 1024x1024
             * @example 1024x1792
             * @example 1792x1024
             * @example 16:9
             * @example 1:1
             * @example 9:16
             */
            size?: string;
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
        /** @description A successful generation: the synchronous answer, the callback payload, and a finished record's `response`. In a record it can also be a progress snapshot without `data` yet: the task is done only once an item of `data` has an `image_url`. */
        GenerationResult: {
            /** @description The generated images; absent or empty while the task runs. */
            data?: {
                /** @description Where to download the image. */
                image_url?: string;
                /** @description The prompt the image was generated from. */
                prompt?: string;
                /** @description The seed the image was generated with. */
                seed?: number;
                /** @description How long generation took, in seconds; an object, or sometimes a bare number. */
                timings?: {
                    /** @description Seconds spent in model inference. */
                    inference?: number;
                } | number;
            }[];
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
            /** @description The id of the new task, for `POST /flux/tasks`. */
            task_id: string;
            /** @description The id of this request in the provider's logs. */
            trace_id?: string;
        };
        /** @description The answer of `retrieve_batch`; unknown ids are left out. */
        TaskBatch: {
            /** @description How many records `items` holds. */
            count: number;
            /** @description The records found. */
            items: components["schemas"]["TaskRecord"][];
        };
        /** @description The empty object `retrieve` answers for an unknown id. */
        TaskNotFound: Record<string, never>;
        /** @description A stored task, the answer of `retrieve`. `response` is absent while the task runs; the record has no `type` field for Flux. */
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
            credential_id?: string;
            /** @description Seconds from start to finish. */
            elapsed?: number | null;
            /** @description When the task finished, in Unix seconds. */
            finished_at?: number | null;
            /** @description The task id, as `task_id` in the create answer. */
            id: string;
            /** @description The body the task was created with. */
            request?: components["schemas"]["CreateTaskRequest"];
            /** @description The generation result; absent while the task runs. */
            response?: components["schemas"]["GenerationResult"] | components["schemas"]["GenerationFailure"];
            /** @description When work on the task started, in Unix seconds. */
            started_at?: number | null;
            /** @description The id of the create request in the provider's logs. */
            trace_id?: string;
            /** @description The kind of task (`images`); absent from Flux's documented records. */
            type?: string;
            /** @description The id of the account that created the task. */
            user_id?: string;
        };
    };
    responses: {
        /** @description The request is malformed, the token belongs to another API, or the API is not available. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description The account's balance is used up. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description The resource was not found (some sources list this for unknown tasks; others answer `200 {}`). */
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
        /** @description The provider failed internally. */
        ServerError: {
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
        /** @description The authorization token is missing, invalid or expired. */
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
            /** @description The task was accepted (`TaskAccepted`, when `async: true` or a `callback_url` was sent), or the finished generation (`GenerationResult`), or its failure (`GenerationFailure`). */
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
        };
    };
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
            /** @description A task record (`retrieve`), a batch (`retrieve_batch`), or `{}` when `retrieve` names an unknown task. */
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
            413: components["responses"]["RequestTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
}
