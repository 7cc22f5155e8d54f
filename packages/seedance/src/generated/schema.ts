// Generated from specs/seedance.yaml by scripts/generate.mjs: do not edit, run `pnpm generate`.
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
         * @description `{"action": "retrieve", "id"}` (the default action) answers the task record, or `{}` when the id is unknown. `{"action": "retrieve_batch", "ids"}` answers `{items, count}`; unknown ids are left out. A record has no `response` while the task runs; a `response` with `success: true` is still running until its status is terminal and it carries a video URL. The status word is at `response.data.status`: `succeeded` is success; `queued`, `running`, `processing` and `pending` are still running; `failed`, `cancelled` and `expired` are failures; unknown words count as running. `response.data` has one of three shapes: Ace Data's summary with the video at `video_url` (the guides), the upstream task object with the video at `content.video_url` (the newest API reference), or an array of upstream task objects (the SDK's API reference). One guide shows `retrieve` answering the bare generation result (`{success, task_id, trace_id, data}`, what a record keeps as `response`) instead of the record; both are accepted. No maximum for `ids` is documented; the vendor's tools send at most 50.
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
         * @description Generates a video from `content`: a text prompt, and depending on the model first/last frame or reference images, reference videos or audio; SeeDance 2.5 can also edit or extend a reference video (`omni_reference_task_type`). With `async: true` or a `callback_url` the answer is `TaskAccepted` at once; otherwise the request waits for the result (`GenerationResult` or `GenerationFailure`). With a `callback_url`, the finished result is also POSTed to that URL. Generation typically takes one to two minutes, up to about five.
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
        /** @description A reference audio clip, wav or mp3 (SeeDance 2.0 and later). */
        AudioContent: {
            /** @description Where the audio is. */
            audio_url: components["schemas"]["MediaUrl"];
            /**
             * @description Always `reference_audio`. The newest API reference requires it, older references and the guides' examples leave it out; send it.
             * @enum {string}
             */
            role?: "reference_audio";
            /**
             * @description Always `audio_url`.
             * @constant
             */
            type: "audio_url";
        };
        /** @description One input of `content`, told apart by `type`. */
        ContentItem: components["schemas"]["TextContent"] | components["schemas"]["ImageContent"] | components["schemas"]["AudioContent"] | components["schemas"]["VideoContent"];
        /** @description The body of `POST /seedance/videos`. SeeDance has one action; what a task does (text to video, first frame, first and last frame, references, and for 2.5 edit and extend) follows from `content` and the model. A field it does not list is refused. Which options a model takes varies; the descriptions say which. A task record keeps the body as `TaskRequest`, which refuses nothing. */
        CreateTaskRequest: {
            /** @description `true` answers `TaskAccepted` at once, without a callback; poll `POST /seedance/tasks` for the result. Default `false`. */
            async?: boolean;
            /** @description A public URL that receives the finished result (a POST with the `GenerationResult` or `GenerationFailure` body); the request then answers `TaskAccepted` at once. Not checked as a URL: stored records show placeholder values. */
            callback_url?: string;
            /** @description Whether to keep the camera still. */
            camerafixed?: boolean;
            /** @description What to generate from: a `text` prompt, and depending on the model `image_url` items (first frame, first and last frame, or reference images), `video_url` and `audio_url` references. The first-frame, first-and-last-frame and reference modes cannot be mixed; reference images, videos and audio need SeeDance 2.0 or later (2.0: up to 9 images, 3 videos and 3 audio clips, the clips 2 to 15 s each and 15 s in total; 2.5: up to 30 images, 10 videos and 10 audio clips, 50 items in all). Older prompts carry options inline (`--ratio 16:9`, `--dur 5`); the fields below are the checked way. */
            content: components["schemas"]["ContentItem"][];
            /**
             * @description The video length in seconds, or `-1` to let the model choose. Per model: 1.0 2 to 12; 1.5 Pro 4 to 12 or `-1`; 2.0 4 to 15 or `-1`; 2.5 4 to 30 or `-1` (the SDK's API reference still caps it at 15). With `frames` too, `frames` wins (an older reference says to send only one).
             * @example 5
             * @example 10
             * @example -1
             */
            duration?: number;
            /**
             * @description How long the task may run before it expires, in seconds; default 172800 (two days).
             * @example 172800
             */
            execution_expires_after?: number;
            /**
             * @description The video length as a frame count of the form 25 + 4n (29, 33, 37, ...), instead of `duration`; SeeDance 1.0 only. The SDK's API reference allows up to 361, the Docs' reference and guides up to 289.
             * @example 121
             */
            frames?: number;
            /** @description Whether the video gets a synchronized sound track, default `false`; 1.5 Pro and the 2.x models take it (older pages say 1.5 Pro only), others ignore it. */
            generate_audio?: boolean;
            model: components["schemas"]["VideoModel"];
            /**
             * @description What a SeeDance 2.5 request does with its references: `reference` generates from at least one reference item (audio alone is enough), `edit` changes a `reference_video` (needs `ratio: adaptive` and `duration: -1`, billed on the output length), `extend` continues it (`ratio: adaptive`, `duration` 4 to 30 or `-1`), `auto` lets the model decide. A type that does not fit the inputs fails the task with a parameter error. 2.5 only.
             * @enum {string}
             */
            omni_reference_task_type?: "auto" | "reference" | "edit" | "extend";
            /**
             * @description The video container, default `mp4`; 2.5 only.
             * @enum {string}
             */
            output_format?: "mp4" | "mov";
            /** @description The task's priority, `0` (the default) to `9`; SeeDance 2.5. */
            priority?: number;
            /**
             * @description The aspect ratio, default `16:9`; `adaptive` follows the input. SeeDance 2.5 edits and extensions need `adaptive`.
             * @enum {string}
             */
            ratio?: "16:9" | "4:3" | "1:1" | "3:4" | "9:16" | "21:9" | "adaptive";
            /**
             * @description The output resolution; the default is `720p` (`480p` for the lite models). `4k` only with `doubao-seedance-2-0-260128`; 2.0 fast and 2.0 mini go up to `720p`; 2.5 takes `480p` to `1080p`.
             * @enum {string}
             */
            resolution?: "480p" | "720p" | "1080p" | "4k";
            /** @description Whether the result also carries the video's last frame as `last_frame_url`; default `false`. */
            return_last_frame?: boolean;
            /** @description A stable, anonymous id of the end user the video is made for (no personal data), for the provider's abuse checks. */
            safety_identifier?: string;
            /** @description A seed for reproducible results; `-1` (the default) picks one at random. */
            seed?: number;
            /** @description Tools the model may call while generating; SeeDance 2.5 only. */
            tools?: components["schemas"]["WebSearchTool"][];
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
        /** @description A successful generation: the synchronous answer, the callback payload, and a finished record's `response`. In a record it can also be a progress snapshot: the task is done only once the status is `succeeded` and a video URL is present. */
        GenerationResult: {
            /** @description The video task, in one of three shapes the vendor documents: Ace Data's summary (`VideoData`, the guides), the upstream task object (`UpstreamVideoTask`, the newest API reference), or an array of upstream task objects (the SDK's and older API references). `anyOf`, since the object shapes overlap. */
            data?: components["schemas"]["VideoData"] | components["schemas"]["UpstreamVideoTask"] | components["schemas"]["UpstreamVideoTask"][];
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
        /** @description An input image (at least 300 by 300 pixels), as a first frame, a last frame or a reference. */
        ImageContent: {
            /** @description Where the image is; an object, a plain string is refused. */
            image_url: components["schemas"]["MediaUrl"];
            /**
             * @description How the image is used; a single image without a role is the first frame. `reference_image` needs SeeDance 2.0 or later.
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
            /** @description The id of the new task, for the provider's tasks endpoint. */
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
            /** @description The id of the user who acted for the account, when it differs. */
            actor_user_id?: string | null;
            /** @description The id of the API that ran the task. */
            api_id?: string;
            /** @description The id of the caller's application. */
            application_id?: string;
            /** @description The id of the authorization the task was billed to, when there is one. */
            authorization_id?: string | null;
            /** @description When the task was created, in Unix seconds with a fraction. */
            created_at?: number;
            /** @description The id of the API token that created the task. */
            credential_id?: string | null;
            /** @description Seconds from start to finish. */
            elapsed?: number | null;
            /** @description When the task finished, in Unix seconds. */
            finished_at?: number | null;
            /** @description The task id, as `task_id` in the create answer. */
            id: string;
            /** @description The body the task was created with. */
            request?: components["schemas"]["TaskRequest"];
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
        /** @description The body a task was created with, as a record stores it. Unlike `CreateTaskRequest` it refuses no field and requires none, so records of older or newer bodies still read. */
        TaskRequest: {
            async?: components["schemas"]["CreateTaskRequest"]["async"];
            callback_url?: components["schemas"]["CreateTaskRequest"]["callback_url"];
            camerafixed?: components["schemas"]["CreateTaskRequest"]["camerafixed"];
            content?: components["schemas"]["CreateTaskRequest"]["content"];
            duration?: components["schemas"]["CreateTaskRequest"]["duration"];
            execution_expires_after?: components["schemas"]["CreateTaskRequest"]["execution_expires_after"];
            frames?: components["schemas"]["CreateTaskRequest"]["frames"];
            generate_audio?: components["schemas"]["CreateTaskRequest"]["generate_audio"];
            model?: components["schemas"]["CreateTaskRequest"]["model"];
            omni_reference_task_type?: components["schemas"]["CreateTaskRequest"]["omni_reference_task_type"];
            output_format?: components["schemas"]["CreateTaskRequest"]["output_format"];
            priority?: components["schemas"]["CreateTaskRequest"]["priority"];
            ratio?: components["schemas"]["CreateTaskRequest"]["ratio"];
            resolution?: components["schemas"]["CreateTaskRequest"]["resolution"];
            return_last_frame?: components["schemas"]["CreateTaskRequest"]["return_last_frame"];
            safety_identifier?: components["schemas"]["CreateTaskRequest"]["safety_identifier"];
            seed?: components["schemas"]["CreateTaskRequest"]["seed"];
            tools?: components["schemas"]["CreateTaskRequest"]["tools"];
            watermark?: components["schemas"]["CreateTaskRequest"]["watermark"];
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
        /** @description The upstream video task object, as the API references show it. The video URL is at `content.video_url` (an empty string while there is none). */
        UpstreamVideoTask: {
            /** @description The generated files. */
            content?: {
                /** @description The last frame as an image, with `return_last_frame: true`. */
                last_frame_url?: string | null;
                /** @description Where to download the video; empty while there is none. */
                video_url?: string | null;
            };
            /** @description When the upstream task was created, in Unix seconds. */
            created_at?: number;
            /** @description The video length in seconds. */
            duration?: number;
            /** @description The task timeout it ran with, in seconds. */
            execution_expires_after?: number;
            /** @description The frame rate. */
            framespersecond?: number;
            /** @description The upstream task id (`cgt-...`). */
            id?: string;
            /** @description The model that generated the video. */
            model?: string;
            /** @description The aspect ratio, such as `16:9`. */
            ratio?: string;
            /** @description The video resolution, such as `720p`. */
            resolution?: string;
            /** @description The seed the video was generated with. */
            seed?: number;
            /** @description The service tier (`default` or `flex`); only the oldest API reference shows it. */
            service_tier?: string;
            /**
             * @description The upstream status. Known values: `succeeded` (done); `queued`, `running`, `processing`, `pending` (still running); `failed`, `cancelled`, `expired` (failed). An open string: other words appear, and count as still running.
             * @example succeeded
             * @example processing
             * @example failed
             */
            status?: string;
            /** @description When the upstream task last changed, in Unix seconds. */
            updated_at?: number;
            /** @description What the generation consumed. */
            usage?: {
                /** @description Tokens of the generated video. */
                completion_tokens?: number;
                /** @description All tokens billed. */
                total_tokens?: number;
            };
        };
        /** @description A reference video clip, mp4 or mov (SeeDance 2.0 and later); with 2.5 also the video to edit or extend. */
        VideoContent: {
            /**
             * @description Always `reference_video`. The newest API reference requires it, older references and the guides' examples leave it out; send it.
             * @enum {string}
             */
            role?: "reference_video";
            /**
             * @description Always `video_url`.
             * @constant
             */
            type: "video_url";
            /** @description Where the video is. */
            video_url: components["schemas"]["MediaUrl"];
        };
        /** @description Ace Data's summary of the video task, as the guides show it. The video URL is at `video_url`; it is absent until `status` is `succeeded`. */
        VideoData: {
            /** @description The generated files, where some answers put them instead of `video_url`. */
            content?: {
                /** @description The last frame as an image, when it was asked for. */
                last_frame_url?: string | null;
                /** @description Where to download the video. */
                video_url?: string | null;
            };
            /** @description The video length in seconds. */
            duration?: number;
            /** @description The last frame as an image, with `return_last_frame: true`; otherwise `null`. */
            last_frame_url?: string | null;
            /** @description The model that generated the video. */
            model?: string;
            /** @description The aspect ratio, such as `16:9`. */
            ratio?: string;
            /** @description The video resolution, such as `720p`. */
            resolution?: string;
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
            /** @description The upstream task id (`cgt-...` for 1.x, a UUID for 2.0), not the Ace Data Cloud task id. */
            task_id?: string;
            /** @description Where to download the video, once it succeeded. */
            video_url?: string | null;
        };
        /** @description The SeeDance model. `doubao-seedance-1-0-lite-t2v-250428` takes text only, `doubao-seedance-1-0-lite-i2v-250428` images; `doubao-seedance-2-0-mini-260615` and `doubao-seedance-2-5-260628` are listed by the newest API reference and guides, not yet by the SDK's. Known values are offered; any other string is accepted, since the provider adds and retires models. */
        VideoModel: "doubao-seedance-1-0-pro-250528" | "doubao-seedance-1-0-pro-fast-251015" | "doubao-seedance-1-5-pro-251215" | "doubao-seedance-1-0-lite-t2v-250428" | "doubao-seedance-1-0-lite-i2v-250428" | "doubao-seedance-2-0-260128" | "doubao-seedance-2-0-fast-260128" | "doubao-seedance-2-0-mini-260615" | "doubao-seedance-2-5-260628" | (string & {});
        /** @description Lets the model search the web while generating. */
        WebSearchTool: {
            /** @description The most search results to use; default 10. */
            limit?: number;
            /** @description The most search keywords to try. */
            max_keyword?: number;
            /** @description Where to search. */
            sources?: ("toutiao" | "douyin" | "moji" | "search_engine")[];
            /**
             * @description Always `web_search`, the only tool.
             * @enum {string}
             */
            type: "web_search";
        };
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
            /** @description A task record (`retrieve`), a batch (`retrieve_batch`), or `{}` when `retrieve` names an unknown task; `retrieve` may also answer the bare generation result. `anyOf`, since a record and a result both tolerate added fields. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskRecord"] | components["schemas"]["TaskBatch"] | components["schemas"]["TaskNotFound"] | components["schemas"]["GenerationResult"];
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
