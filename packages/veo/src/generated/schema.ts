// Generated from specs/veo.yaml by scripts/generate-clients.mjs: do not edit, run `pnpm generate`.
export interface paths {
    "/veo/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read one Veo task, a batch of them, or a filtered listing
         * @description `{"action": "retrieve", "id"}` (the default action) answers the task record, or `{}` when the id is unknown. `{"action": "retrieve_batch", "ids"}` answers `{items, count}`; unknown ids are left out. Without `id` or `ids`, the list filters (`trace_id`, `trace_ids`, `type`, `created_at_min`, `created_at_max`, paged by `offset` and `limit`) also answer `{items, count}`. A record has no `response` while the task runs; a `response` with `success: true` is still running until an item of `response.data` has `state: succeeded` and a `video_url`. `state` is `succeeded` (done), `running` or `processing` (still running), or `failed`; unknown words count as running. No maximum for `ids` is documented; the vendor's tools send at most 50.
         */
        post: operations["retrieveTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/veo/videos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a Veo video generation
         * @description Generates a video from a prompt (`text2video`), from a first frame (`image2video`) or from ingredient images (`ingredients2video`). With `async: true` or a `callback_url` the answer is `TaskAccepted` at once; otherwise the request waits for the result (`GenerationResult` or `GenerationFailure`). With a `callback_url`, the finished result is also POSTed to that URL. Generation typically takes one to two minutes, up to about five.
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
        /** @description The body of `POST /veo/videos`; also stored as a task record's `request`. */
        CreateTaskRequest: {
            /**
             * @description `text2video` generates from `prompt`; `image2video` starts from the first of `image_urls`; `ingredients2video` combines `image_urls`; `get1080p` (deprecated) fetches the 1080p version of `video_id`.
             * @enum {string}
             */
            action: "text2video" | "image2video" | "ingredients2video" | "get1080p";
            /**
             * @description The aspect ratio of the video.
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16";
            /** @description `true` answers `TaskAccepted` at once, without a callback; poll `POST /veo/tasks` for the result. Default `false`. */
            async?: boolean;
            /** @description A public URL that receives the finished result (a POST with the `GenerationResult` or `GenerationFailure` body); the request then answers `TaskAccepted` at once. Not checked as a URL, so stored records with placeholder values still validate. */
            callback_url?: string;
            /** @description Input images for `image2video` (the first frame) and `ingredients2video` (the ingredients). */
            image_urls?: string[];
            /**
             * @description The Veo model. Known values: `veo3`, `veo3-fast`, `veo31`, `veo31-fast`, `veo31-fast-ingredients` (for `ingredients2video`); `veo2` and `veo2-fast` are retired but appear in stored records. An open string, since the provider adds and retires models.
             * @example veo3
             * @example veo3-fast
             * @example veo31
             * @example veo31-fast
             * @example veo31-fast-ingredients
             */
            model?: string;
            /** @description What to generate; needed by every action except `get1080p`. */
            prompt?: string;
            /**
             * @description The output resolution, or `gif` for an animated GIF; omitted for the default.
             * @enum {string}
             */
            resolution?: "1080p" | "4k" | "gif";
            /** @description Whether to translate the prompt into English before generating. */
            translation?: boolean;
            /** @description The video to fetch in 1080p; used with `action: get1080p` (deprecated). */
            video_id?: string;
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
        /** @description A successful generation: the synchronous answer, the callback payload, and a finished record's `response`. In a record it can also be a progress snapshot: the task is done only once an item of `data` has `state: succeeded` and a `video_url`. */
        GenerationResult: {
            /** @description The generated videos; absent, empty or without `video_url` while the task runs. */
            data?: components["schemas"]["VideoItem"][];
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
        /** @description Lists tasks by filters, a page at a time. It carries neither `id` nor `ids` (those make it a `retrieve` or `retrieve_batch`), and at least one field. */
        ListTasksRequest: {
            /**
             * @description `retrieve_batch`, or absent.
             * @enum {string}
             */
            action?: "retrieve_batch";
            /** @description Only tasks created at or before this time, in Unix seconds (a float). */
            created_at_max?: number;
            /** @description Only tasks created at or after this time, in Unix seconds (a float). */
            created_at_min?: number;
            /**
             * @description The most tasks to answer (one page); the server defaults it to 12.
             * @example 12
             */
            limit?: number;
            /**
             * @description How many matching tasks to skip; the server defaults it to 0.
             * @example 0
             */
            offset?: number;
            /** @description Only the task created by the request with this trace id. */
            trace_id?: string;
            /** @description Only the tasks created by the requests with these trace ids. */
            trace_ids?: string[];
            /**
             * @description Only tasks of this kind, such as `videos`.
             * @example videos
             */
            type?: string;
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
            /** @description The id of the new task, for `POST /veo/tasks`. */
            task_id: string;
            /** @description The id of this request in the provider's logs. */
            trace_id?: string;
        };
        /** @description The answer of `retrieve_batch` and of the list filters; unknown ids are left out. */
        TaskBatch: {
            /** @description How many records were found; for a listing the provider may count every match, not only this page. */
            count: number;
            /** @description The records found (for a listing, one page of them). */
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
             * @description The kind of task, `videos` for Veo.
             * @example videos
             */
            type?: string;
            /** @description The id of the account that created the task. */
            user_id?: string;
        };
        /** @description One generated video of `data`; `video_url` is absent until `state` is `succeeded`. */
        VideoItem: {
            /**
             * @description The aspect ratio of the video, when the provider reports it.
             * @example 16:9
             * @example 9:16
             */
            aspect_ratio?: string;
            /**
             * @description When the video was finished, as `YYYY-MM-DD HH:MM:SS`; absent or `null` while it runs.
             * @example 2025-07-25 17:21:45
             */
            complete_at?: string | null;
            /**
             * @description When the video was started, as `YYYY-MM-DD HH:MM:SS` (not RFC 3339, no time zone).
             * @example 2025-07-25 17:19:20
             */
            created_at?: string | null;
            /** @description The upstream id of the video. */
            id?: string;
            /**
             * @description The state of the video. Known values: `succeeded` (done), `running` and `processing` (still running), `failed`. An open string: other words appear, and count as still running.
             * @example succeeded
             * @example running
             * @example processing
             * @example failed
             */
            state?: string;
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
                "application/json": components["schemas"]["RetrieveTaskRequest"] | components["schemas"]["RetrieveTaskBatchRequest"] | components["schemas"]["ListTasksRequest"];
            };
        };
        responses: {
            /** @description A task record (`retrieve`), a batch or listing (`retrieve_batch`, list filters), or `{}` when `retrieve` names an unknown task. */
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
