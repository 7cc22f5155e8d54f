// Generated from specs/seedance.yaml by scripts/generate-clients.mjs: do not edit, run `pnpm generate`.
export interface paths {
    "/seedance/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read one SeeDance task or a batch of them
         * @description `{"action": "retrieve", "id"}` (the default action) answers the task record, or `{}` when the id is unknown. `{"action": "retrieve_batch", "ids"}` answers `{items, count}`; unknown ids are left out. A record has no `response` while the task runs; a `response` with `success: true` is still running until its status is terminal and it carries a video URL. The status word is at `response.data.status`: `succeeded` is success; `queued`, `running`, `processing` and `pending` are still running; `failed`, `cancelled` and `expired` are failures; unknown words count as running. The video URL is at `response.data.video_url`, at `response.data.content.video_url`, or `data` is an array of such objects. No maximum for `ids` is documented; the vendor's tools send at most 50.
         */
        post: operations["retrieveTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/seedance/videos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a SeeDance video generation
         * @description Generates a video from `content`: a text prompt, and depending on the model first/last frame or reference images, reference videos or audio. With `async: true` or a `callback_url` the answer is `TaskAccepted` at once; otherwise the request waits for the result (`GenerationResult` or `GenerationFailure`). With a `callback_url`, the finished result is also POSTed to that URL. Generation typically takes one to two minutes, up to about five.
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
        /** @description A reference audio clip (SeeDance 2.0). */
        AudioContent: {
            /** @description Where the audio is. */
            audio_url: components["schemas"]["MediaUrl"];
            /**
             * @description How the clip is used, such as `reference_audio`.
             * @example reference_audio
             */
            role?: string;
            /**
             * @description Always `audio_url`.
             * @constant
             */
            type: "audio_url";
        };
        /** @description One input of `content`, told apart by `type`. */
        ContentItem: components["schemas"]["TextContent"] | components["schemas"]["ImageContent"] | components["schemas"]["AudioContent"] | components["schemas"]["VideoContent"];
        /** @description The body of `POST /seedance/videos`; also stored as a task record's `request`. */
        CreateTaskRequest: {
            /** @description `true` answers `TaskAccepted` at once, without a callback; poll `POST /seedance/tasks` for the result. Default `false`. */
            async?: boolean;
            /** @description A public URL that receives the finished result (a POST with the `GenerationResult` or `GenerationFailure` body); the request then answers `TaskAccepted` at once. Not checked as a URL: stored records show placeholder values. */
            callback_url?: string;
            /** @description Whether to keep the camera still. */
            camerafixed?: boolean;
            /** @description What to generate from: a `text` prompt, and depending on the model `image_url` items (first frame, last frame or reference images), `video_url` and `audio_url` references. Older prompts carry options inline (`--ratio 16:9`). */
            content: components["schemas"]["ContentItem"][];
            /**
             * @description The video length in seconds; which lengths a model takes varies (typically 5 or 10).
             * @example 5
             * @example 10
             */
            duration?: number;
            /** @description Whether the video gets a synchronized sound track; only some models (1.5 pro, 2.0) take it. */
            generate_audio?: boolean;
            /**
             * @description The SeeDance model. Known values: `doubao-seedance-1-0-pro-250528`, `doubao-seedance-1-0-pro-fast-251015`, `doubao-seedance-1-5-pro-251215`, `doubao-seedance-1-0-lite-t2v-250428` (text only), `doubao-seedance-1-0-lite-i2v-250428` (images), `doubao-seedance-2-0-260128`, `doubao-seedance-2-0-fast-260128`. An open string, since the provider adds and retires models.
             * @example doubao-seedance-1-0-pro-250528
             * @example doubao-seedance-1-0-pro-fast-251015
             * @example doubao-seedance-1-5-pro-251215
             * @example doubao-seedance-1-0-lite-t2v-250428
             * @example doubao-seedance-1-0-lite-i2v-250428
             * @example doubao-seedance-2-0-260128
             * @example doubao-seedance-2-0-fast-260128
             */
            model: string;
            /**
             * @description The aspect ratio; `adaptive` follows the input image.
             * @enum {string}
             */
            ratio?: "16:9" | "4:3" | "1:1" | "3:4" | "9:16" | "21:9" | "adaptive";
            /**
             * @description The output resolution; the default depends on the model.
             * @enum {string}
             */
            resolution?: "480p" | "720p" | "1080p";
            /** @description Whether the result also carries the video's last frame as `last_frame_url`. */
            return_last_frame?: boolean;
            /** @description A seed for reproducible results; `-1` picks one at random. */
            seed?: number;
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
        /** @description A successful generation: the synchronous answer, the callback payload, and a finished record's `response`. In a record it can also be a progress snapshot: the task is done only once `data.status` is `succeeded` and a video URL is present. */
        GenerationResult: {
            /** @description The upstream video task, or (in some sources) an array of them. */
            data?: components["schemas"]["VideoData"] | components["schemas"]["VideoData"][];
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
        /** @description An input image, as a first frame, a last frame or a reference. */
        ImageContent: {
            /** @description Where the image is. */
            image_url: components["schemas"]["MediaUrl"];
            /**
             * @description How the image is used; a single image without a role is the first frame.
             * @enum {string}
             */
            role?: "first_frame" | "last_frame" | "reference_image";
            /**
             * @description Always `image_url`.
             * @constant
             */
            type: "image_url";
        };
        /** @description The location of an input file. */
        MediaUrl: {
            /** @description A public URL, or for images a `data:image/...;base64,` string. */
            url: string;
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
            /** @description The id of the new task, for `POST /seedance/tasks`. */
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
             * @description The kind of task, `videos` for SeeDance.
             * @example videos
             */
            type?: string;
            /** @description The id of the account that created the task. */
            user_id?: string;
        };
        /** @description The text prompt. */
        TextContent: {
            /** @description What to generate; may end with inline options such as `--ratio 16:9`. */
            text: string;
            /**
             * @description Always `text`.
             * @constant
             */
            type: "text";
        };
        /** @description A reference video clip (SeeDance 2.0). */
        VideoContent: {
            /**
             * @description How the clip is used, such as `reference_video`.
             * @example reference_video
             */
            role?: string;
            /**
             * @description Always `video_url`.
             * @constant
             */
            type: "video_url";
            /** @description Where the video is. */
            video_url: components["schemas"]["MediaUrl"];
        };
        /** @description The upstream video task. The video URL is at `video_url` or at `content.video_url`; it is absent until `status` is `succeeded`. */
        VideoData: {
            /** @description The generated files, where some sources put them instead of `video_url`. */
            content?: {
                /** @description The last frame as an image, when it was asked for. */
                last_frame_url?: string | null;
                /** @description Where to download the video. */
                video_url?: string | null;
            };
            /** @description The last frame as an image, with `return_last_frame: true`; otherwise `null`. */
            last_frame_url?: string | null;
            /** @description The model that generated the video. */
            model?: string;
            /**
             * @description The upstream status. Known values: `succeeded` (done); `queued`, `running`, `processing`, `pending` (still running); `failed`, `cancelled`, `expired` (failed). An open string: other words appear, and count as still running.
             * @example succeeded
             * @example queued
             * @example running
             * @example processing
             * @example pending
             * @example failed
             * @example cancelled
             * @example expired
             */
            status?: string;
            /** @description The upstream task id (`cgt-...`), not the Ace Data Cloud task id. */
            task_id?: string;
            /** @description Where to download the video, once it succeeded. */
            video_url?: string | null;
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
}
