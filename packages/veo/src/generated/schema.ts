// Generated from specs/veo.yaml by scripts/generate.mjs: do not edit, run `pnpm generate`.
export interface paths {
    "/veo/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Extend a Veo video
         * @description Continues a finished video with a new segment, optionally guided by a prompt. Only `veo31-fast` and `veo31` extend. The source must be a video of the current Veo generation (older videos answer `400 bad_request`); an extension can be extended again, but `/veo/reshoot` and `/veo/objects` refuse it (its item has `is_extend_result: true`). The answers and the callback are those of `POST /veo/videos`, and the task is read with `POST /veo/tasks`.
         */
        post: operations["extendVideo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/veo/objects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Insert an object into a Veo video or remove one
         * @description `action: insert` adds what the prompt describes, where `image_mask` marks or, without a mask, where the model chooses; `action: remove` takes out what `image_mask` marks. Extension outputs are refused (`400`). The answers and the callback are those of `POST /veo/videos`, and the task is read with `POST /veo/tasks`.
         */
        post: operations["editObjects"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/veo/reshoot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Re-film a Veo video with another camera motion
         * @description Renders a finished video again with the camera moving as `motion_type` says. Extension outputs are refused (`400`). The answers and the callback are those of `POST /veo/videos`, and the task is read with `POST /veo/tasks`.
         */
        post: operations["reshootVideo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
         * @description Reads the tasks of every Veo operation (`/veo/videos`, `/veo/upsample`, `/veo/extend`, `/veo/reshoot`, `/veo/objects`). `{"action": "retrieve", "id"}` answers the task record, or `{}` when the id is unknown. The API reference lists `action` as required and also names `retrieve` its default; gentask's clients always send it. `{"action": "retrieve_batch", "ids"}` answers `{items, count}`; unknown ids are left out. With `action: retrieve_batch`, the list filters (`trace_id`, `trace_ids`, `type`, `created_at_min`, `created_at_max`, paged by `offset` and `limit`, with or without `ids`) also answer `{items, count}`. A record has no `response` while the task runs; a `response` with `success: true` is still running until an item of `response.data` has `state: succeeded` and a `video_url`. `state` is `succeeded` (done), `running` or `processing` (still running), or `failed`; unknown words count as running. No maximum for `ids` is documented; the vendor's tools send at most 50.
         */
        post: operations["retrieveTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/veo/upsample": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upscale a Veo video or turn it into a GIF
         * @description Makes a 1080p or 4K version of a finished video, or an animated GIF of it (`action`). The source can be a video of any Veo operation: `/veo/videos`, `/veo/extend`, `/veo/reshoot` or `/veo/objects`. It replaces the deprecated `action: get1080p` of `POST /veo/videos`. The answers and the callback are those of `POST /veo/videos`, and the task is read with `POST /veo/tasks`.
         */
        post: operations["upsampleVideo"];
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
         * @description Generates a video from a prompt (`text2video`), from a first (and optionally a last) frame (`image2video`) or from ingredient images (`ingredients2video`). `get1080p` is a deprecated alias of `POST /veo/upsample` with `action: 1080p`. With `async: true` or a `callback_url` the answer is `TaskAccepted` at once; otherwise the request waits for the result (`GenerationResult` or `GenerationFailure`). With a `callback_url`, the finished result is also POSTed to that URL. Generation typically takes one to two minutes, up to about five.
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
        /**
         * @description The aspect ratio of the video; `16:9` when absent. The current API reference allows only `16:9` and `9:16` (the upstream model supports no other); the guides and older tools also list `4:3`, `3:4` and `1:1`, which stored records may hold.
         * @enum {string}
         */
        AspectRatio: "16:9" | "9:16" | "4:3" | "3:4" | "1:1";
        /** @description `true` answers `TaskAccepted` at once, without a callback; poll `POST /veo/tasks` for the result. Default `false`. */
        Async: boolean;
        /** @description A public URL that receives the finished result (a POST with the `GenerationResult` or `GenerationFailure` body); the request then answers `TaskAccepted` at once. */
        CallbackUrl: string;
        /** @description What a task cost, as some results report it (Flux videos, Veo). Failed tasks are not charged. */
        Cost: {
            /** @description The amount charged. */
            amount?: number;
            /**
             * @description The unit of `amount`; `credit` in the documentation.
             * @example credit
             */
            currency?: string;
            /** @description The amount at list price, before any discount. */
            list_amount?: number;
        };
        /** @description The body of `POST /veo/videos`: one schema per `action`, each listing the fields its action takes and requiring those it needs (`text2video`: `prompt`; `image2video`: `prompt` and the frames in `image_urls`; `ingredients2video`: the ingredients in `image_urls`; `get1080p`, deprecated: `video_id`). A field the action does not list is refused. A task record keeps the body as `TaskRequest`, which refuses nothing. */
        CreateTaskRequest: components["schemas"]["TextToVideoRequest"] | components["schemas"]["ImageToVideoRequest"] | components["schemas"]["IngredientsToVideoRequest"] | components["schemas"]["Get1080pRequest"];
        /** @description The body of `POST /veo/objects`; a task record keeps it as `TaskRequest`. `insert` needs a `prompt`, `remove` an `image_mask`. */
        EditObjectsRequest: components["schemas"]["InsertObjectRequest"] | components["schemas"]["RemoveObjectRequest"];
        /** @description The body of `POST /veo/extend`; a task record keeps it as `TaskRequest`. */
        ExtendVideoRequest: {
            /**
             * @description The aspect ratio of the extension; `16:9` when absent. Documented in the guides only.
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16";
            async?: components["schemas"]["Async"];
            callback_url?: components["schemas"]["CallbackUrl"];
            /** @description The model that extends the video. Known values are offered (the only two that extend); any other string is accepted. */
            model: "veo31-fast" | "veo31" | (string & {});
            /** @description What happens in the new segment; optional. */
            prompt?: string;
            /**
             * @description The resolution of the extension. Documented in the guides only.
             * @enum {string}
             */
            resolution?: "720p" | "1080p";
            video_id: components["schemas"]["SourceVideoId"];
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
        /** @description A successful generation: the synchronous answer, the callback payload, and a finished record's `response`, for every Veo operation. In a record it can also be a progress snapshot: the task is done only once an item of `data` has `state: succeeded` and a `video_url`. The API reference requires `task_id`, `trace_id` and `data`, but some guides' answers lack `trace_id`. */
        GenerationResult: {
            cost?: components["schemas"]["Cost"];
            /** @description The generated videos; absent, empty or without `video_url` while the task runs. */
            data?: components["schemas"]["VideoItem"][];
            /** @description Seconds from start to finish. */
            elapsed?: number;
            /** @description When the task finished, in Unix seconds. */
            finished_at?: number;
            /** @description When work on the task started, in Unix seconds. */
            started_at?: number;
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
        /** @description Fetches the 1080p version of a finished video (`action: get1080p`). Deprecated: `POST /veo/upsample` with `action: 1080p` does the same. */
        Get1080pRequest: {
            /**
             * @description The 1080p version of `video_id` (deprecated). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            action: "get1080p";
            async?: components["schemas"]["Async"];
            callback_url?: components["schemas"]["CallbackUrl"];
            model?: components["schemas"]["VideoModel"];
            /** @description The video to fetch in 1080p. */
            video_id: string;
        };
        /** @description A black-and-white image whose white pixels mark the area to change: an http(s) URL, or base64 JPEG data with or without a `data:image/jpeg;base64,` prefix. Optional for `insert` (without it the model chooses the place), needed by `remove`. */
        ImageMask: string;
        /** @description Generates a video that starts on the first of `image_urls` and, when a second is given, ends on it (`action: image2video`). */
        ImageToVideoRequest: {
            /**
             * @description Image to video. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            action: "image2video";
            aspect_ratio?: components["schemas"]["AspectRatio"];
            async?: components["schemas"]["Async"];
            callback_url?: components["schemas"]["CallbackUrl"];
            /** @description The first frame, or the first and the last frame (an older guide mentions a third image). */
            image_urls: string[];
            model?: components["schemas"]["VideoModel"];
            prompt: components["schemas"]["Prompt"];
            resolution?: components["schemas"]["Resolution"];
            translation?: components["schemas"]["Translation"];
        };
        /** @description Generates a video that combines one to three ingredient images (`action: ingredients2video`); it always runs on `veo31-fast-ingredients`, whatever `model` says. The prompt is optional: the vendor's own examples leave it out. */
        IngredientsToVideoRequest: {
            /**
             * @description Ingredients to video. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            action: "ingredients2video";
            aspect_ratio?: components["schemas"]["AspectRatio"];
            async?: components["schemas"]["Async"];
            callback_url?: components["schemas"]["CallbackUrl"];
            /** @description One to three ingredient images. */
            image_urls: string[];
            model?: components["schemas"]["VideoModel"];
            prompt?: components["schemas"]["Prompt"];
            resolution?: components["schemas"]["Resolution"];
            translation?: components["schemas"]["Translation"];
        };
        /** @description Adds an object to a video (`action: insert`). */
        InsertObjectRequest: {
            /**
             * @description Insert an object. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            action: "insert";
            async?: components["schemas"]["Async"];
            callback_url?: components["schemas"]["CallbackUrl"];
            image_mask?: components["schemas"]["ImageMask"];
            /** @description The object to add. */
            prompt: string;
            video_id: components["schemas"]["SourceVideoId"];
        };
        /** @description Lists tasks by filters, a page at a time, with `action: retrieve_batch` (the API reference requires `action`). The vendor's own tools also page a batch of `ids` this way, so `ids` may come with the filters. */
        ListTasksRequest: {
            /**
             * @description Always `retrieve_batch`.
             * @enum {string}
             */
            action: "retrieve_batch";
            /** @description Only tasks created at or before this time, in Unix seconds (a float). */
            created_at_max?: number;
            /** @description Only tasks created at or after this time, in Unix seconds (a float). */
            created_at_min?: number;
            /** @description Only these tasks. */
            ids?: string[];
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
            /** @description Only the task created by the request with this trace id (a UUID). */
            trace_id?: string;
            /** @description Only the tasks created by the requests with these trace ids. */
            trace_ids?: string[];
            /**
             * @description Only tasks of this kind, such as `videos`.
             * @example videos
             */
            type?: string;
        };
        /** @description What to generate; needed by `text2video` and `image2video`, optional for `ingredients2video`. */
        Prompt: string;
        /** @description Takes an object out of a video (`action: remove`). */
        RemoveObjectRequest: {
            /**
             * @description Remove an object. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            action: "remove";
            async?: components["schemas"]["Async"];
            callback_url?: components["schemas"]["CallbackUrl"];
            image_mask: components["schemas"]["ImageMask"];
            /** @description What is removed; informational only. */
            prompt?: string;
            video_id: components["schemas"]["SourceVideoId"];
        };
        /** @description The body of `POST /veo/reshoot`; a task record keeps it as `TaskRequest`. */
        ReshootVideoRequest: {
            async?: components["schemas"]["Async"];
            callback_url?: components["schemas"]["CallbackUrl"];
            /**
             * @description The camera motion of the new take: a fixed camera that only turns (`STATIONARY_*`, or `STATIONARY` for none), a camera that travels (`UP`, `DOWN`, `LEFT_TO_RIGHT`, `RIGHT_TO_LEFT`, `FORWARD`, `BACKWARD`), or a dolly zoom (`DOLLY_IN_ZOOM_OUT`, `DOLLY_OUT_ZOOM_IN`).
             * @enum {string}
             */
            motion_type: "STATIONARY" | "STATIONARY_UP" | "STATIONARY_DOWN" | "STATIONARY_LEFT" | "STATIONARY_RIGHT" | "STATIONARY_DOLLY_IN_ZOOM_OUT" | "STATIONARY_DOLLY_OUT_ZOOM_IN" | "UP" | "DOWN" | "LEFT_TO_RIGHT" | "RIGHT_TO_LEFT" | "FORWARD" | "BACKWARD" | "DOLLY_IN_ZOOM_OUT" | "DOLLY_OUT_ZOOM_IN";
            video_id: components["schemas"]["SourceVideoId"];
        };
        /**
         * @description The output resolution, or `gif` for an animated GIF; `4k` needs `veo31`. When absent the provider's default applies: 1080p in its API reference, 720p in its guide.
         * @enum {string}
         */
        Resolution: "1080p" | "4k" | "gif";
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
        /** @description The video to work on: the task id of a finished Veo task (as the guides' examples send it) or the 32-hex `id` of one of its `data` items. `/veo/reshoot` and `/veo/objects` refuse extension outputs. */
        SourceVideoId: string;
        /** @description The answer when `async` is `true` or a `callback_url` was sent; it never carries `success`. */
        TaskAccepted: {
            /** @description The id of the new task, for the provider's tasks endpoint. */
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
        /** @description A stored task of any Veo operation, the answer of `retrieve`. `response` is absent while the task runs. The API reference marks `id`, `type`, `created_at`, `trace_id` and `request` required; only `id` is required here, so that partial records still read. */
        TaskRecord: {
            /** @description The storage id of the record. */
            _id?: string;
            /** @description The id of the user who acted for the account, if not its owner. */
            actor_user_id?: string | null;
            /** @description The id of the API that ran the task. */
            api_id?: string;
            /** @description The id of the caller's application. */
            application_id?: string;
            /** @description The id of the authorization the task was created under, if any. */
            authorization_id?: string | null;
            /** @description When the task was created, in Unix seconds with a fraction. */
            created_at?: number;
            /** @description The id of the API token that created the task. */
            credential_id?: string | null;
            /** @description Seconds from start to finish; absent until the task finishes. */
            elapsed?: number | null;
            /** @description When the task finished, in Unix seconds; absent until then. */
            finished_at?: number | null;
            /** @description The task id (a UUID), as `task_id` in the create answer. */
            id: string;
            request?: components["schemas"]["TaskRequest"];
            /** @description The generation result; absent while the task runs. */
            response?: components["schemas"]["GenerationResult"] | components["schemas"]["GenerationFailure"];
            /** @description When work on the task started, in Unix seconds. */
            started_at?: number | null;
            /** @description The id of the create request in the provider's logs. */
            trace_id?: string;
            /**
             * @description The kind of task, `videos` for Veo generations.
             * @example videos
             */
            type?: string;
            /** @description The id of the account that created the task. */
            user_id?: string;
        };
        /** @description The body a task was created with, as a record stores it, of whichever Veo operation created it. Unlike the request schemas it refuses no field and requires none, so records of older or newer bodies still read. */
        TaskRequest: {
            /**
             * @description The action of `POST /veo/videos`, `/veo/upsample` or `/veo/objects` (absent for `/veo/extend` and `/veo/reshoot`).
             * @example text2video
             * @example image2video
             * @example ingredients2video
             * @example 4k
             * @example insert
             */
            action?: string;
            /** @description The aspect ratio. */
            aspect_ratio?: string;
            /** @description Whether the answer was `TaskAccepted` at once. */
            async?: boolean;
            /** @description The callback URL. */
            callback_url?: string;
            /** @description The mask of `POST /veo/objects`. */
            image_mask?: string;
            /** @description The input images. */
            image_urls?: string[];
            model?: components["schemas"]["VideoModel"];
            /** @description The camera motion of `POST /veo/reshoot`. */
            motion_type?: string;
            /** @description The prompt. */
            prompt?: string;
            /** @description The output resolution. */
            resolution?: string;
            /** @description Whether the prompt was translated. */
            translation?: boolean;
            /** @description The video worked on. */
            video_id?: string;
        };
        /** @description Generates a video from a prompt (`action: text2video`). */
        TextToVideoRequest: {
            /**
             * @description Text to video. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            action: "text2video";
            aspect_ratio?: components["schemas"]["AspectRatio"];
            async?: components["schemas"]["Async"];
            callback_url?: components["schemas"]["CallbackUrl"];
            model?: components["schemas"]["VideoModel"];
            prompt: components["schemas"]["Prompt"];
            resolution?: components["schemas"]["Resolution"];
            translation?: components["schemas"]["Translation"];
        };
        /** @description Whether to translate the prompt into English before generating; default `false`. */
        Translation: boolean;
        /** @description The body of `POST /veo/upsample`; a task record keeps it as `TaskRequest`. */
        UpsampleVideoRequest: {
            /**
             * @description What to make: a `1080p` or `4k` version, or an animated `gif`.
             * @enum {string}
             */
            action: "1080p" | "4k" | "gif";
            async?: components["schemas"]["Async"];
            callback_url?: components["schemas"]["CallbackUrl"];
            video_id: components["schemas"]["SourceVideoId"];
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
             * @description When the video was finished, in either format of `created_at`; absent or `null` while it runs.
             * @example 2025-07-25 17:21:45
             * @example 2026-03-14T09:12:31Z
             */
            complete_at?: string | null;
            /**
             * @description When the video was started, as `YYYY-MM-DD HH:MM:SS` (no time zone) or as ISO 8601 in UTC (`2026-03-14T09:10:02Z`).
             * @example 2025-07-25 17:19:20
             * @example 2026-03-14T09:10:02Z
             */
            created_at?: string | null;
            /** @description The upstream id of the video (32 hex digits, sometimes another form). */
            id?: string;
            /** @description `true` when the video came from `POST /veo/extend`; `/veo/reshoot` and `/veo/objects` refuse such videos. */
            is_extend_result?: boolean;
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
        /** @description The Veo model; `veo3-fast` when absent. `ingredients2video` always uses `veo31-fast-ingredients`, whatever `model` says. `veo2` and `veo2-fast` are retired but appear in stored records and older guides. Known values are offered; any other string is accepted, since the provider adds and retires models. */
        VideoModel: "veo3" | "veo3-fast" | "veo31" | "veo31-fast" | "veo31-fast-ingredients" | (string & {});
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
    extendVideo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtendVideoRequest"];
            };
        };
        responses: {
            /** @description The task was accepted (`TaskAccepted`, when `async: true` or a `callback_url` was sent), or the finished video (`GenerationResult`), or its failure (`GenerationFailure`). */
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
    editObjects: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditObjectsRequest"];
            };
        };
        responses: {
            /** @description The task was accepted (`TaskAccepted`, when `async: true` or a `callback_url` was sent), or the finished video (`GenerationResult`), or its failure (`GenerationFailure`). */
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
    reshootVideo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReshootVideoRequest"];
            };
        };
        responses: {
            /** @description The task was accepted (`TaskAccepted`, when `async: true` or a `callback_url` was sent), or the finished video (`GenerationResult`), or its failure (`GenerationFailure`). */
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
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    upsampleVideo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpsampleVideoRequest"];
            };
        };
        responses: {
            /** @description The task was accepted (`TaskAccepted`, when `async: true` or a `callback_url` was sent), or the finished video (`GenerationResult`), or its failure (`GenerationFailure`). */
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
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
}
