// Generated from specs/flux.yaml by scripts/generate.mjs: do not edit, run `pnpm generate`.
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
         * @description Generates (`action: generate`) or edits (`action: edit`) images. With `async: true` or a `callback_url` the answer is `TaskAccepted` at once; otherwise the request waits for the result (`GenerationResult` or `GenerationFailure`). With a `callback_url`, the finished result is also POSTed to that URL. Generation typically takes seconds to a few minutes. The provider also accepts an `accept: application/x-ndjson` header that streams the answer as newline-separated JSON chunks; the shape of the chunks is not documented, so gentask always asks for `application/json`.
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
         * @description Reads the tasks of `POST /flux/images` and `POST /flux/videos` alike. `{"action": "retrieve", "id"}` answers the task record, or `{}` when the id is unknown; `retrieve` is the documented default of `action`, which gentask's clients always send. `{"action": "retrieve_batch", "ids"}` answers `{items, count}`; unknown ids are left out. A record has no `response` while the task runs; a `response` with `success: true` but no `image_url` or `video_url` yet is still running. Some documentation shows the answer as the bare generation result (`{success, task_id, trace_id, data}`, or the failure) instead of a record; that shape is accepted too. No maximum for `ids` is documented; the vendor's tools send at most 50.
         */
        post: operations["retrieveTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flux/videos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a FLUX.3 video generation
         * @description Generates a video with `flux-3` (in beta): from a prompt (`mode: t2v`), from keyframe images (`i2v`), by continuing a video (`v2v`), or by re-rendering a finished draft at a higher quality (`draft_enhance`). `action` is `generate` when absent. `action: edit` and `action: upscale` are documented too but the provider marks them unavailable for now: expect `service_unavailable`, as a 503 answer or as the failed `response` of the accepted task. Each variant of the body rejects the fields of the others. With `async: true` or a `callback_url` the answer is `TaskAccepted` at once; otherwise the request waits for the result. Video tasks are read with `POST /flux/tasks`, like image tasks. Billing follows the seconds of video produced; failed tasks are not charged.
         */
        post: operations["createVideo"];
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
        /** @description The body of `POST /flux/images`: one schema per `action`, each listing the fields its action takes and requiring those it needs (`generate`: `prompt`; `edit`: `prompt` and `image_url`). A field the action does not list is refused. A task record keeps the body as `TaskRequest`, which refuses nothing. */
        CreateTaskRequest: components["schemas"]["GenerateImagesRequest"] | components["schemas"]["EditImageRequest"];
        /** @description The body of `POST /flux/videos`; a task record keeps it as `TaskRequest`. `action` (default `generate`) selects the operation, and for `generate`, `mode` selects the input: `t2v` (prompt), `i2v` (keyframe images), `v2v` (a video to continue) or `draft_enhance` (a finished draft). Every variant rejects fields it does not list. */
        CreateVideoRequest: components["schemas"]["TextToVideoRequest"] | components["schemas"]["ImageToVideoRequest"] | components["schemas"]["VideoToVideoRequest"] | components["schemas"]["DraftEnhanceRequest"] | components["schemas"]["EditVideoRequest"] | components["schemas"]["UpscaleVideoRequest"];
        /** @description Re-renders a finished draft (`mode: draft_enhance`) with its original prompt and inputs. The draft must belong to the same account and application, and the provider keeps drafts only for a while. */
        DraftEnhanceRequest: {
            /**
             * @description `generate`, or absent.
             * @enum {string}
             */
            action?: "generate";
            async?: components["schemas"]["VideoAsync"];
            callback_url?: components["schemas"]["VideoCallbackUrl"];
            /** @description The `draft_task_id` of the draft's result item. */
            draft_task_id: string;
            /**
             * @description Enhance a draft.
             * @enum {string}
             */
            mode: "draft_enhance";
            model?: components["schemas"]["VideoModel"];
            resolution?: components["schemas"]["VideoResolution"];
            safety_tolerance?: components["schemas"]["SafetyTolerance"];
        };
        /** @description Changes the image at `image_url` as the prompt says (`action: edit`). Every current model but `flux-2-klein` edits (an older guide says only the Kontext models). */
        EditImageRequest: {
            /**
             * @description Edit an image. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            action: "edit";
            async?: components["schemas"]["ImageAsync"];
            callback_url?: components["schemas"]["ImageCallbackUrl"];
            /** @description Ignored by `edit`, which makes one image; accepted because the provider accepts it. */
            count?: number;
            /**
             * Format: uri
             * @description The image to edit.
             */
            image_url: string;
            model?: components["schemas"]["ImageModel"];
            /**
             * @description How to change the image.
             * @example give the cat a red knitted scarf
             */
            prompt: string;
            size?: components["schemas"]["ImageSize"];
        };
        /** @description Edits a video as the prompt says (`action: edit`). Documented, but the provider marks it unavailable for now. */
        EditVideoRequest: {
            /**
             * @description Edit a video.
             * @enum {string}
             */
            action: "edit";
            async?: components["schemas"]["VideoAsync"];
            callback_url?: components["schemas"]["VideoCallbackUrl"];
            /** @description How to change the video. */
            prompt: string;
            safety_tolerance?: components["schemas"]["SafetyTolerance"];
            /** @description The URL of the video to edit. */
            video: string;
        };
        /** @description Creates images from a prompt (`action: generate`). */
        GenerateImagesRequest: {
            /**
             * @description Generate images. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            action: "generate";
            async?: components["schemas"]["ImageAsync"];
            callback_url?: components["schemas"]["ImageCallbackUrl"];
            /** @description How many images to generate; default 1. */
            count?: number;
            model?: components["schemas"]["ImageModel"];
            /**
             * @description What to generate.
             * @example a white siamese cat
             */
            prompt: string;
            size?: components["schemas"]["ImageSize"];
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
        /** @description A successful generation: the synchronous answer, the callback payload, and a finished record's `response`. Image tasks answer image items, video tasks video items with `usage` and `cost`. In a record it can also be a progress snapshot without `data` yet: the task is done only once an item of `data` has an `image_url` or a `video_url`. */
        GenerationResult: {
            cost?: components["schemas"]["Cost"];
            /** @description The generated images or videos; absent or empty while the task runs. */
            data?: (components["schemas"]["ImageItem"] | components["schemas"]["VideoItem"])[];
            /**
             * @description Always `true` here.
             * @constant
             */
            success: true;
            /** @description The id of the task. */
            task_id?: string;
            /** @description The id of the request in the provider's logs. */
            trace_id?: string;
            usage?: components["schemas"]["VideoUsage"];
        };
        /** @description `true` answers `TaskAccepted` at once, without a callback; poll `POST /flux/tasks` for the result. Default `false`. */
        ImageAsync: boolean;
        /**
         * Format: uri
         * @description A public URL that receives the finished result (a POST with the `GenerationResult` or `GenerationFailure` body); the request then answers `TaskAccepted` at once.
         */
        ImageCallbackUrl: string;
        /** @description One generated image. */
        ImageItem: {
            /** @description Where to download the image. */
            image_url?: string;
            /** @description The prompt the image was generated from. */
            prompt?: string;
            /** @description The seed the image was generated with; an integer in the guides' examples, a string in the API reference. */
            seed?: number | string;
            /** @description How long generation took, in seconds; an object, or sometimes a bare number. */
            timings?: {
                /** @description Seconds spent in model inference. */
                inference?: number;
            } | number;
        };
        /** @description The Flux image model; `flux-dev` when absent. Older documentation also lists `flux-pro-1.1` and `flux-pro-1.1-ultra`. `flux-3` makes videos, with `POST /flux/videos`. Known values are offered; any other string is accepted, since the provider adds and retires models. */
        ImageModel: "flux-dev" | "flux-pro" | "flux-kontext-pro" | "flux-kontext-max" | "flux-2-flex" | "flux-2-pro" | "flux-2-max" | "flux-2-klein" | (string & {});
        /**
         * @description The image size. `flux-dev` and `flux-pro` take pixel sizes (`1024x1024`, `1024x1792`, `1792x1024`) or an aspect ratio; the Kontext and FLUX.2 models take only an aspect ratio (`21:9`, `16:9`, `4:3`, `3:2`, `1:1`, `2:3`, `3:4`, `9:16`, `9:21`), and the FLUX.2 models answer 400 without one. The newest API reference marks `size` required, while the platform's own specification and the guides' examples leave it out; gentask's clients always send it.
         * @example 1024x1024
         * @example 1024x1792
         * @example 1792x1024
         * @example 16:9
         * @example 1:1
         * @example 9:16
         */
        ImageSize: string;
        /** @description Generates a video from keyframe images and a prompt (`mode: i2v`). */
        ImageToVideoRequest: {
            /**
             * @description `generate`, or absent.
             * @enum {string}
             */
            action?: "generate";
            aspect_ratio?: components["schemas"]["VideoAspectRatio"];
            async?: components["schemas"]["VideoAsync"];
            callback_url?: components["schemas"]["VideoCallbackUrl"];
            /** @description `true` makes a cheaper `hd` draft for `draft_enhance`; default `false`. */
            draft?: boolean;
            /** @description The length in seconds, 5 to 20, or `auto` (the default). With three or more keyframes without times, give an integer. */
            duration?: number | "auto";
            /** @description Whether the video gets a soundtrack; `true` when absent. */
            generate_audio?: boolean;
            keyframes: components["schemas"]["Keyframes"];
            /**
             * @description Image to video.
             * @enum {string}
             */
            mode: "i2v";
            model?: components["schemas"]["VideoModel"];
            /** @description How the video moves from the keyframes. */
            prompt: string;
            resolution?: components["schemas"]["VideoResolution"];
            safety_tolerance?: components["schemas"]["SafetyTolerance"];
            version?: components["schemas"]["VideoVersion"];
        };
        /** @description One to ten keyframe images (URLs, or raw base64 image data): one image, a list of images spread over the video, or `[seconds, image]` pairs that place each image at a time from 0 to 20 seconds, in increasing order. Plain and timed keyframes cannot be mixed. */
        Keyframes: string | components["schemas"]["TimedKeyframe"] | string[] | components["schemas"]["TimedKeyframe"][];
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
        /** @description How permissive content moderation is, 0 (strictest) to 4; default 2. */
        SafetyTolerance: number;
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
        /** @description A stored task of `POST /flux/images` or `POST /flux/videos`, the answer of `retrieve`. `response` is absent while the task runs. The API reference marks `id`, `type`, `created_at`, `trace_id` and `request` required, but the documented image records have no `type`, so only `id` is required here. */
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
            /** @description The task id, as `task_id` in the create answer. */
            id: string;
            request?: components["schemas"]["TaskRequest"];
            /** @description The generation result; absent while the task runs. */
            response?: components["schemas"]["GenerationResult"] | components["schemas"]["GenerationFailure"];
            /** @description When work on the task started, in Unix seconds. */
            started_at?: number | null;
            /** @description The id of the create request in the provider's logs. */
            trace_id?: string;
            /**
             * @description The kind of task; absent from the documented image records.
             * @example images
             * @example videos
             */
            type?: string;
            /** @description The id of the account that created the task. */
            user_id?: string;
        };
        /** @description The body a task was created with, as a record stores it, of either create endpoint. Unlike the request schemas it refuses no field and requires none, so records of older or newer bodies still read. */
        TaskRequest: {
            /**
             * @description The action (`generate`, `edit`, `upscale`); absent from some video bodies.
             * @example generate
             * @example edit
             */
            action?: string;
            aspect_ratio?: components["schemas"]["TextToVideoRequest"]["aspect_ratio"];
            /** @description Whether the answer was `TaskAccepted` at once. */
            async?: boolean;
            /** @description The callback URL. */
            callback_url?: string;
            /** @description How many images were asked for. */
            count?: number;
            creativity?: components["schemas"]["UpscaleVideoRequest"]["creativity"];
            draft?: components["schemas"]["TextToVideoRequest"]["draft"];
            draft_task_id?: components["schemas"]["DraftEnhanceRequest"]["draft_task_id"];
            duration?: components["schemas"]["TextToVideoRequest"]["duration"];
            generate_audio?: components["schemas"]["TextToVideoRequest"]["generate_audio"];
            /** @description The edited image. */
            image_url?: string;
            input_video?: components["schemas"]["UpscaleVideoRequest"]["input_video"];
            keyframes?: components["schemas"]["ImageToVideoRequest"]["keyframes"];
            /** @description The input of a video `generate`: `t2v`, `i2v`, `v2v` or `draft_enhance`. */
            mode?: string;
            /**
             * @description The model.
             * @example flux-dev
             * @example flux-3
             */
            model?: string;
            /** @description The prompt. */
            prompt?: string;
            resolution?: components["schemas"]["TextToVideoRequest"]["resolution"];
            safety_tolerance?: components["schemas"]["TextToVideoRequest"]["safety_tolerance"];
            /** @description The image size. */
            size?: string;
            start_video?: components["schemas"]["VideoToVideoRequest"]["start_video"];
            upscale_factor?: components["schemas"]["UpscaleVideoRequest"]["upscale_factor"];
            version?: components["schemas"]["TextToVideoRequest"]["version"];
            video?: components["schemas"]["EditVideoRequest"]["video"];
        };
        /** @description Generates a video from a prompt (`mode: t2v`). */
        TextToVideoRequest: {
            /**
             * @description `generate`, or absent.
             * @enum {string}
             */
            action?: "generate";
            aspect_ratio?: components["schemas"]["VideoAspectRatio"];
            async?: components["schemas"]["VideoAsync"];
            callback_url?: components["schemas"]["VideoCallbackUrl"];
            /** @description `true` makes a cheaper `hd` draft whose result carries a `draft_task_id` for `draft_enhance`; default `false`. */
            draft?: boolean;
            /** @description The length in seconds, 5 to 20, or `auto` (the default); the output may be slightly longer or shorter. */
            duration?: number | "auto";
            /** @description Whether the video gets a soundtrack; `true` when absent, so send `false` for a silent video. */
            generate_audio?: boolean;
            /**
             * @description Text to video.
             * @enum {string}
             */
            mode: "t2v";
            model?: components["schemas"]["VideoModel"];
            /** @description What the video shows. */
            prompt: string;
            resolution?: components["schemas"]["VideoResolution"];
            safety_tolerance?: components["schemas"]["SafetyTolerance"];
            version?: components["schemas"]["VideoVersion"];
        };
        /** @description `[seconds, image]`: an image (URL or base64 data) placed at a time of the video, 0 to 20 seconds. */
        TimedKeyframe: (number | string)[];
        /** @description Upscales a video (`action: upscale`), billed by output megapixel-seconds. Documented, but the provider marks it unavailable for now. */
        UpscaleVideoRequest: {
            /**
             * @description Upscale a video.
             * @enum {string}
             */
            action: "upscale";
            async?: components["schemas"]["VideoAsync"];
            callback_url?: components["schemas"]["VideoCallbackUrl"];
            /**
             * @description `0` stays close to the input, `1` (the default) lets the model add detail.
             * @enum {integer}
             */
            creativity?: 0 | 1;
            /** @description The URL of the video to upscale. */
            input_video: string;
            /** @description An optional hint for the upscaler; empty by default. */
            prompt?: string;
            safety_tolerance?: components["schemas"]["SafetyTolerance"];
            /** @description How much larger the output is, 1.5 to 3; default 2. */
            upscale_factor?: number;
        };
        /**
         * @description The aspect ratio of the video, or `auto` (the default) to follow the inputs.
         * @enum {string}
         */
        VideoAspectRatio: "21:9" | "2:1" | "16:9" | "4:3" | "1:1" | "3:4" | "9:16" | "9:21" | "auto";
        /** @description `true` answers `TaskAccepted` at once, without a callback; poll `POST /flux/tasks` for the result. Default `false` (the vendor's own tools send `true`). */
        VideoAsync: boolean;
        /**
         * Format: uri
         * @description A public URL that receives the finished result (a POST with the `GenerationResult` or `GenerationFailure` body); the request then answers `TaskAccepted` at once.
         */
        VideoCallbackUrl: string;
        /** @description One generated video, of `POST /flux/videos`. */
        VideoItem: {
            /** @description Only on a reusable draft: the id to send as `draft_task_id` with `mode: draft_enhance`. */
            draft_task_id?: string;
            /** @description Frames per second. */
            fps?: number;
            /** @description The height in pixels. */
            height?: number;
            /** @description The id of the video; the task id in the documented examples. */
            id?: string;
            /**
             * @description The model that made it, such as `flux-3`.
             * @example flux-3
             */
            model?: string;
            /** @description The length of the video in seconds; may differ slightly from the requested duration. */
            seconds?: number;
            /** @description Where to download the video. */
            video_url?: string;
            /** @description The width in pixels. */
            width?: number;
        };
        /** @description The video model; `flux-3` (the only one so far, and the default). Known values are offered; any other string is accepted, since the provider adds models. */
        VideoModel: "flux-3" | (string & {});
        /**
         * @description The output resolution; `hd` by default (`fhd` for `draft_enhance`). Drafts are always `hd`.
         * @enum {string}
         */
        VideoResolution: "hd" | "fhd" | "qhd" | "uhd";
        /** @description Continues an existing video (`mode: v2v`). */
        VideoToVideoRequest: {
            /**
             * @description `generate`, or absent.
             * @enum {string}
             */
            action?: "generate";
            aspect_ratio?: components["schemas"]["VideoAspectRatio"];
            async?: components["schemas"]["VideoAsync"];
            callback_url?: components["schemas"]["VideoCallbackUrl"];
            /** @description `true` makes a cheaper `hd` draft for `draft_enhance`; default `false`. */
            draft?: boolean;
            /** @description The length in seconds, 5 to 15, or `auto` (the default). */
            duration?: number | "auto";
            /** @description Whether the video gets a soundtrack; `true` when absent. */
            generate_audio?: boolean;
            /**
             * @description Video to video.
             * @enum {string}
             */
            mode: "v2v";
            model?: components["schemas"]["VideoModel"];
            /** @description How the video goes on. */
            prompt: string;
            resolution?: components["schemas"]["VideoResolution"];
            safety_tolerance?: components["schemas"]["SafetyTolerance"];
            /** @description The URL of the video to continue. */
            start_video: string;
            version?: components["schemas"]["VideoVersion"];
        };
        /** @description What a video task was billed for. */
        VideoUsage: {
            /**
             * @description The operation: `generate`, `edit` or `upscale`.
             * @example generate
             * @example edit
             * @example upscale
             */
            action?: string;
            /** @description Whether the output is a draft. */
            draft?: boolean;
            /**
             * @description The generation mode; for `draft_enhance`, the mode of the original draft.
             * @example t2v
             * @example i2v
             * @example v2v
             */
            mode?: string;
            /** @description Output megapixel-seconds (width × height / 2^20 × seconds × fps / 24), the unit upscaling is billed by. */
            output_mp_seconds?: number;
            /**
             * @description The output resolution.
             * @example hd
             * @example fhd
             */
            resolution?: string;
            /** @description Seconds of video produced. */
            seconds?: number;
        };
        /**
         * @description The model version; `latest` (the default) is the only documented value.
         * @enum {string}
         */
        VideoVersion: "latest";
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
            /** @description A task record (`retrieve`), a batch (`retrieve_batch`), or `{}` when `retrieve` names an unknown task; sometimes the bare generation result or failure instead of a record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskRecord"] | components["schemas"]["TaskBatch"] | components["schemas"]["TaskNotFound"] | components["schemas"]["GenerationResult"] | components["schemas"]["GenerationFailure"];
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
    createVideo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateVideoRequest"];
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
}
