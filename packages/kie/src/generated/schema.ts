// Generated from specs/kie.yaml by scripts/generate.mjs: do not edit, run `pnpm generate`.
export interface paths {
    "/api/v1/jobs/createTask": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a Market task
         * @description Starts a generation with any Market model. The answer only means the task was accepted: read it with `getTaskRecord` (a just-created task can briefly answer 404 or 422 "recordInfo is null") or pass `callBackUrl` to be called when it finishes. At most 20 new tasks per 10 seconds per account; over the limit the request gets 429 and is not queued. Do not retry a create after a client-side timeout without checking the first task: the retry creates a second paid task.
         */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/recordInfo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get task details
         * @description Reads one Market task (there is no batch form). `data.state` is `waiting`, `queuing` or `generating` while running (keep polling), `success` (parse the JSON string `resultJson`) or `fail` (see `failCode` and `failMsg`); other words occur and mean "still running". A failed task answers HTTP 200 with `data.state: "fail"`. Right after creation the task can briefly be unknown (404, or 422 "recordInfo is null"): treat that as transient. At most 10 requests per second per API key; poll every 2-3 s for the first 30 s, every 5-10 s until 2 minutes, then every 15-30 s, and give up after 10-15 minutes. Result URLs expire (typically after 24 hours): download them promptly.
         */
        get: operations["getTaskRecord"];
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
        /** @description An error answer, in the same envelope as every answer. */
        ApiError: {
            code: components["schemas"]["EnvelopeCode"];
            /** @description Null on errors. */
            data?: Record<string, never> | null;
            /** @description The message under another name; read `msg` first. */
            message?: string;
            /** @description What went wrong. */
            msg?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The body of `createTask`. */
        CreateTaskRequest: {
            /**
             * Format: uri
             * @description Optional URL kie POSTs the finished task to (success and failure), with the same body as `recordInfo`.
             */
            callBackUrl?: string;
            input: components["schemas"]["TaskInput"];
            /**
             * @description The Market model id. Open set; known values include `bytedance/seedream-v4-text-to-image`, `grok-imagine/text-to-video` and `kling-2.6/text-to-video`.
             * @example bytedance/seedream-v4-text-to-image
             * @example grok-imagine/text-to-video
             * @example kling-2.6/text-to-video
             */
            model: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The `createTask` answer; the task is accepted, not finished. */
        CreateTaskResponse: {
            code: components["schemas"]["EnvelopeCode"];
            /** @description The accepted task. */
            data: {
                /** @description The task id to read with `recordInfo`. */
                taskId: string;
            } & {
                [key: string]: unknown;
            };
            /** @description The message under another name, seen in some documented samples; read `msg` first. */
            message?: string;
            /** @description Message, `success` when accepted. */
            msg?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description kie's status code: 200 success, 401 unauthorized (missing or invalid API key), 402 insufficient credits, 404 not found, 422 validation error (also "recordInfo is null" shortly after creation), 429 rate limited, 433 sub-key usage limit, 455 maintenance, 500 server error, 501 generation failed, 505 feature disabled. It usually equals the HTTP status; any `code` other than 200 is an error, even under HTTP 200.
         * @example 200
         */
        EnvelopeCode: number;
        /** @description The model-specific parameters. Free-form: each model documents its own fields, and numbers are often sent as strings (e.g. `"duration": "10"`). The fields below are those of the example models. */
        TaskInput: {
            /** @description Grok Imagine and Kling: aspect ratio, e.g. `2:3`, `16:9`, `9:16`, `1:1`. */
            aspect_ratio?: string;
            /** @description Grok Imagine and Kling: length of the video in seconds, usually a string (`"6"`, `"10"`). */
            duration?: string | number;
            /** @description Seedream: pixel scale, `1K`, `2K` or `4K`. */
            image_resolution?: string;
            /** @description Seedream: aspect of the image, e.g. `square`, `square_hd`, `portrait_4_3`, `landscape_16_9`. */
            image_size?: string;
            /** @description Seedream: the most images one run may produce (1-6). */
            max_images?: number | string;
            /** @description Grok Imagine: generation mode, e.g. `normal`, `fun`, `spicy`. */
            mode?: string;
            /** @description The text prompt (all example models). */
            prompt?: string;
            /** @description Grok Imagine: video resolution, e.g. `480p`, `720p`. */
            resolution?: string;
            /** @description Seedream: random seed for reproducible results. */
            seed?: number | string;
            /** @description Kling: whether to generate sound with the video. */
            sound?: boolean;
        } & {
            [key: string]: unknown;
        };
        /** @description A Market task as kie stores it. */
        TaskRecord: {
            /** @description When the task finished, Unix milliseconds; null while running. */
            completeTime?: number | null;
            /** @description Time the generation took. Documented as milliseconds, samples suggest seconds: treat as opaque. */
            costTime?: number | null;
            /** @description When the task was created, Unix milliseconds. */
            createTime?: number;
            /** @description Credits charged for the task; seen in live answers, undocumented. */
            creditsConsumed?: number | null;
            /** @description The failure code when `state` is `fail`; empty or null otherwise. */
            failCode?: string | null;
            /** @description The failure message when `state` is `fail`; empty or null otherwise. */
            failMsg?: string | null;
            /** @description The Market model id the task was created with. */
            model: string;
            /** @description The whole create request, as a JSON string. */
            param?: string;
            /** @description Progress in percent (0-100); only some models report it. */
            progress?: number;
            /** @description On success, the result as a JSON string: `{"resultUrls": [...]}` for media (some video models add `firstFrameUrl` and `lastFrameUrl`), or `{"resultObject": {...}}` for text output. Empty or null before. Untrusted text: it can fail to parse. The URLs expire (typically after 24 hours). */
            resultJson?: string | null;
            /**
             * @description The task state. Known values: `waiting`, `queuing`, `generating` (keep polling), `success`, `fail` (terminal). Open set: treat an unknown word as still running.
             * @example waiting
             * @example queuing
             * @example generating
             * @example success
             * @example fail
             */
            state: string;
            /** @description The task id. */
            taskId: string;
            /** @description When the task last changed, Unix milliseconds. */
            updateTime?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description The `recordInfo` answer, also the body of the `taskFinished` callback (`code` 200 on success, 501 on failure). */
        TaskRecordResponse: {
            code: components["schemas"]["EnvelopeCode"];
            /** @description The task record, or null when there is none. */
            data: components["schemas"]["TaskRecord"] | null;
            /** @description The message under another name, used by one documented sample instead of `msg`. */
            message?: string;
            /** @description Message, usually `success`; read it first. */
            msg?: string;
        } & {
            [key: string]: unknown;
        };
    };
    responses: {
        /** @description Feature disabled (envelope `code` 505) - the requested feature is currently disabled. */
        FeatureDisabled: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description Generation failed (envelope `code` 501) - see the message for details. */
        GenerationFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description Insufficient credits (envelope `code` 402) - the account cannot pay for the operation. */
        InsufficientCredits: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description Service unavailable (envelope `code` 455) - the system is under maintenance. */
        Maintenance: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description Rate limited (envelope `code` 429) - at most 10 status requests per second per API key and 20 new tasks per 10 seconds per account; a refused create is not queued. */
        RateLimited: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description Server error (envelope `code` 500) - retry after a few minutes. */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description Unauthorized (envelope `code` 401) - the API key is missing or invalid. */
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
            /** @description The task was accepted (not finished); `data.taskId` identifies it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTaskResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["InsufficientCredits"];
            /** @description Not found (envelope `code` 404), e.g. an unknown path. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Validation error (envelope `code` 422): the model id or its `input` failed kie's checks. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            429: components["responses"]["RateLimited"];
            /** @description Sub-key usage limit (envelope `code` 433): the API key used is a sub-key whose usage cap is reached. */
            433: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            455: components["responses"]["Maintenance"];
            500: components["responses"]["ServerError"];
            501: components["responses"]["GenerationFailed"];
            505: components["responses"]["FeatureDisabled"];
        };
    };
    getTaskRecord: {
        parameters: {
            query: {
                /**
                 * @description The task id `createTask` answered.
                 * @example task_12345678
                 */
                taskId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task record. `code` is 200 here, also for a failed task (`data.state: "fail"`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskRecordResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["InsufficientCredits"];
            /** @description Task not found (envelope `code` 404). Right after creation this is transient: retry for a short grace period before giving up. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Validation error (envelope `code` 422). "recordInfo is null" means kie has no record for the id yet, which is transient shortly after creation; a missing or empty `taskId` also answers 422. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            429: components["responses"]["RateLimited"];
            455: components["responses"]["Maintenance"];
            500: components["responses"]["ServerError"];
            501: components["responses"]["GenerationFailed"];
            505: components["responses"]["FeatureDisabled"];
        };
    };
}
