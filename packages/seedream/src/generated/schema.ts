// Generated from specs/seedream.yaml by scripts/generate-clients.mjs: do not edit, run `pnpm generate`.
export interface paths {
    "/seedream/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a SeeDream image generation
         * @description Generates images from a prompt and up to 14 reference images, one image or a group (`sequential_image_generation: auto`). With `async: true` or a `callback_url` the answer is `TaskAccepted` at once; otherwise the request waits for the result (`GenerationResult` or `GenerationFailure`). With a `callback_url`, the finished result is also POSTed to that URL. Generation typically takes one to two minutes, up to about five.
         */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/seedream/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read one SeeDream task or a batch of them
         * @description `{"action": "retrieve", "id"}` (the default action) answers the task record, or `{}` when the id is unknown. `{"action": "retrieve_batch", "ids"}` answers `{items, count}`; unknown ids are left out. A record has no `response` while the task runs; a `response` with `success: true` but no image yet is still running. SeeDream has no status word: a task succeeded once an item of `response.data` has an `image_url` or `b64_json`, and failed when `response.success` is `false`. No maximum for `ids` is documented; the vendor's tools send at most 50.
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
        /** @description The body of `POST /seedream/images`; also stored as a task record's `request`. */
        CreateTaskRequest: {
            /**
             * @description The operation; stored records and the integration guide show `generate` (the API reference also mentions `edit`). Optional: the current reference does not list it.
             * @example generate
             */
            action?: string;
            /** @description `true` answers `TaskAccepted` at once, without a callback; poll `POST /seedream/tasks` for the result. Default `false`. */
            async?: boolean;
            /**
             * Format: uri
             * @description A public URL that receives the finished result (a POST with the `GenerationResult` or `GenerationFailure` body); the request then answers `TaskAccepted` at once.
             */
            callback_url?: string;
            /** @description How closely to follow the prompt; only some (older) models use it. */
            guidance_scale?: number;
            /** @description Reference images: one URL or base64 data URL, or an array of up to 14 of them. */
            image?: string | string[];
            /**
             * @description The SeeDream model. Known values: `doubao-seedream-5-0-pro-260628`, `doubao-seedream-5-0-lite-260128`, `doubao-seedream-4-5-251128`, `doubao-seedream-4-0-250828`; older documentation also lists `doubao-seedream-3-0-t2i-250415` and `doubao-seededit-3-0-i2i-250628`. An open string, since the provider adds and retires models.
             * @example doubao-seedream-5-0-pro-260628
             * @example doubao-seedream-5-0-lite-260128
             * @example doubao-seedream-4-5-251128
             * @example doubao-seedream-4-0-250828
             */
            model: string;
            /**
             * @description The image file format; only some models take it.
             * @enum {string}
             */
            output_format?: "jpeg" | "png";
            /**
             * @description What to generate.
             * @example a white siamese cat
             */
            prompt: string;
            /**
             * @description `url` (the default) returns `image_url`; `b64_json` returns the image inline as `b64_json`.
             * @enum {string}
             */
            response_format?: "url" | "b64_json";
            /** @description A seed for reproducible results; `-1` picks one at random. Only some models use it. */
            seed?: number;
            /**
             * @description `auto` lets the model generate a group of related images; `disabled` (the default) generates one.
             * @enum {string}
             */
            sequential_image_generation?: "auto" | "disabled";
            /** @description Options of group generation; used with `sequential_image_generation: auto`. */
            sequential_image_generation_options?: {
                /** @description The most images to generate; reference images plus generated images are at most 15. */
                max_images?: number;
            };
            /**
             * @description The output size: a resolution tier (`1K`, `1.5K`, `2K`, `3K`, `4K`), `auto`, or pixels as `WIDTHxHEIGHT` (`2048x2048`); default `2K`. Which tiers a model takes varies; older reference pages also show `adaptive`.
             * @example 1K
             * @example 1.5K
             * @example 2K
             * @example 3K
             * @example 4K
             * @example auto
             * @example 2048x2048
             */
            size?: string;
            /** @description Streams the images as they are ready; this spec describes only the JSON answer. */
            stream?: boolean;
            /** @description Whether to add the "AI generated" watermark. */
            watermark?: boolean;
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
        /** @description A successful generation: the synchronous answer, the callback payload, and a finished record's `response`. In a record it can also be a progress snapshot without `data` yet: the task is done only once an item of `data` has an `image_url` or `b64_json`. */
        GenerationResult: {
            /** @description The generated images; absent or empty while the task runs. In a group, one item can fail while others succeed. */
            data?: {
                /** @description The image, base64-encoded (with `response_format: b64_json`). */
                b64_json?: string;
                /** @description Why this image failed; the other images of the group can still have succeeded. */
                error?: {
                    /** @description A machine-readable error code. */
                    code?: string;
                    /** @description A human-readable explanation. */
                    message?: string;
                } | null;
                /** @description Where to download the image (with `response_format: url`). */
                image_url?: string;
                /** @description The prompt the image was generated from. */
                prompt?: string;
                /** @description The pixel size of the image, as `WIDTHxHEIGHT`. */
                size?: string;
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
            /** @description What the generation consumed, as the upstream reports it. */
            usage?: {
                /** @description How many images were generated. */
                generated_images?: number;
                /** @description Tokens of the generated images. */
                output_tokens?: number;
                /** @description All tokens billed. */
                total_tokens?: number;
            };
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
            /** @description The id of the new task, for `POST /seedream/tasks`. */
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
            /**
             * @description The kind of task, `images` for SeeDream.
             * @example images
             */
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
