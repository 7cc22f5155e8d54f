// Generated from specs/seedream.yaml by scripts/generate.mjs: do not edit, run `pnpm generate`.
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
         * @description Generates or edits images from a prompt and optional reference images: one image, a group (`sequential_image_generation: auto`), or with SeeDream 5.0 Pro the layers of one input image (`layer_decomposition: true`, where the prompt may be left out). With `async: true` or a `callback_url` the answer is `TaskAccepted` at once; otherwise the request waits for the result (`GenerationResult` or `GenerationFailure`). With a `callback_url`, the finished result is also POSTed to that URL. With `stream: true` and `Accept: application/x-ndjson` the answer is a stream of events instead (see the `application/x-ndjson` answer); streaming cannot be combined with `async` or `callback_url`. Generation typically takes one to two minutes, up to about five.
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
         * @description `{"action": "retrieve", "id"}` (the default action) answers the task record, or `{}` when the id is unknown. `{"action": "retrieve_batch", "ids"}` answers `{items, count}`; unknown ids are left out. A record has no `response` while the task runs; a `response` with `success: true` but no image yet is still running. SeeDream has no status word: a task succeeded once an item of `response.data` has an `image_url` or `b64_json`, and failed when `response.success` is `false`. Some of the vendor's guides show `retrieve` answering the bare generation result (`{success, task_id, trace_id, data}`, what a record keeps as `response`) instead of the record; both are accepted. No maximum for `ids` is documented; the vendor's tools send at most 50.
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
        /** @description The body of `POST /seedream/images`, one schema per mode: generating or editing images needs a `prompt` (`GenerateImagesRequest`); layer decomposition (`layer_decomposition: true`) needs one input `image` and takes no group, stream, tool or background options (`DecomposeLayersRequest`). The two exclude each other through `layer_decomposition`. A field the mode does not list is refused. Which options a model takes varies; the descriptions say which. A task record keeps the body as `TaskRequest`, which refuses nothing. */
        CreateTaskRequest: components["schemas"]["GenerateImagesRequest"] | components["schemas"]["DecomposeLayersRequest"];
        /** @description Splits one input image (PNG or JPEG, in `image`) into a background and up to 16 transparent PNG layers, returned as `data` items from bottom to top (see `z_index`). 5.0 Pro only; not with group generation, `stream`, `tools` or `background`. */
        DecomposeLayersRequest: {
            action?: components["schemas"]["GenerateImagesRequest"]["action"];
            async?: components["schemas"]["GenerateImagesRequest"]["async"];
            callback_url?: components["schemas"]["GenerateImagesRequest"]["callback_url"];
            guidance_scale?: components["schemas"]["GenerateImagesRequest"]["guidance_scale"];
            image: components["schemas"]["GenerateImagesRequest"]["image"];
            /**
             * @description Layer decomposition.
             * @constant
             */
            layer_decomposition: true;
            model: components["schemas"]["ImageModel"];
            optimize_prompt_options?: components["schemas"]["GenerateImagesRequest"]["optimize_prompt_options"];
            output_format?: components["schemas"]["GenerateImagesRequest"]["output_format"];
            /** @description Optional; names the elements to separate, in words or as normalized `<bbox>` coordinates. */
            prompt?: string;
            response_format?: components["schemas"]["GenerateImagesRequest"]["response_format"];
            seed?: components["schemas"]["GenerateImagesRequest"]["seed"];
            size?: components["schemas"]["GenerateImagesRequest"]["size"];
            watermark?: components["schemas"]["GenerateImagesRequest"]["watermark"];
        };
        /** @description Generates images from a prompt, or edits the reference images as the prompt says. */
        GenerateImagesRequest: {
            /**
             * @description The operation; stored records and the integration guides show `generate` (older pages also mention `edit`). Optional: the API reference does not list it.
             * @example generate
             */
            action?: string;
            /** @description `true` answers `TaskAccepted` at once, without a callback; poll `POST /seedream/tasks` for the result. Default `false`. */
            async?: boolean;
            /**
             * @description The background of a 5.0 Pro single-image edit: `transparent` needs a PNG input with an alpha channel and `output_format: png`; `opaque` is an ordinary background. Not with `layer_decomposition`.
             * @enum {string}
             */
            background?: "transparent" | "opaque";
            /**
             * Format: uri
             * @description A public URL that receives the finished result (a POST with the `GenerationResult` or `GenerationFailure` body); the request then answers `TaskAccepted` at once.
             */
            callback_url?: string;
            /** @description How closely to follow the prompt; only 3.0 t2i (default 2.5) and SeedEdit (default 5.5) use it. */
            guidance_scale?: number;
            /** @description Reference or input images: one URL or `data:image/...;base64,` string, or an array of them, each at most 10 MB. 5.0 Pro takes at most 10 (one guide says at least 2 for several-image input, billed per image from the second); with group generation, reference images plus generated images are at most 15. Required by `doubao-seededit-3-0-i2i-250628` (one image) and by `layer_decomposition` (one PNG or JPEG); 3.0 t2i takes none. */
            image?: string | string[];
            /**
             * @description Absent or `false` here; `true` is `DecomposeLayersRequest`.
             * @constant
             */
            layer_decomposition?: false;
            model: components["schemas"]["ImageModel"];
            /** @description Lets the model rewrite the prompt first. Per the newest guide 5.0 Pro and 4.0 take both modes, 5.0 Lite and 4.5 only `standard` (the API reference lists 5.0 Lite, 4.5 with `standard` only, and 4.0). */
            optimize_prompt_options?: {
                /**
                 * @description `standard` is better but slower; `fast` is quicker.
                 * @enum {string}
                 */
                mode?: "standard" | "fast";
            };
            /**
             * @description The image file format, default `jpeg`; 5.0 Pro and 5.0 Lite take it (older pages say 5.0 Lite only).
             * @enum {string}
             */
            output_format?: "jpeg" | "png";
            /**
             * @description What to generate, or how to change the reference images. With `layer_decomposition` it is optional and names the elements to separate, in words or as normalized `<bbox>` coordinates.
             * @example a white siamese cat
             */
            prompt: string;
            /**
             * @description `url` (the default) returns `image_url`; `b64_json` returns the image inline as `b64_json`.
             * @enum {string}
             */
            response_format?: "url" | "b64_json";
            /** @description A seed for reproducible results; `-1` (the default) picks one at random. Only 3.0 t2i (and, by some pages, SeedEdit) uses it. */
            seed?: number;
            /**
             * @description `auto` lets the model generate a group of related images; `disabled` (the default) generates one. 5.0 Lite, 4.5 and 4.0 only.
             * @enum {string}
             */
            sequential_image_generation?: "auto" | "disabled";
            /** @description Options of group generation; used with `sequential_image_generation: auto`. */
            sequential_image_generation_options?: {
                /** @description The most images to generate; reference images plus generated images are at most 15. */
                max_images?: number;
            };
            /**
             * @description The output size, either a resolution tier with the aspect ratio described in the prompt, or pixels as `WIDTHxHEIGHT` (default `2048x2048`); the two cannot be mixed. Tiers per model: 5.0 Pro `1K`, `1.5K` (the newest guide) and `2K`; 5.0 Lite `2K`, `3K`, `4K`; 4.5 `2K`, `4K`; 4.0 `1K`, `2K`, `4K`; 3.0 t2i and SeedEdit take pixels only. The API reference also lists `adaptive` (follow the reference image); layer decomposition takes `auto`, `1K`, `1.5K`, `2K`. Pixel totals have per-model bounds (5.0 Pro at least 921,600 and at most 4,194,304 or 4,624,220 depending on the page; 5.0 Lite and 4.5 at least 3,686,400; 4.0 at least 921,600).
             * @example 1K
             * @example 1.5K
             * @example 2K
             * @example 3K
             * @example 4K
             * @example adaptive
             * @example auto
             * @example 2048x2048
             */
            size?: string;
            /** @description `true` streams the images as they finish, as NDJSON events (send `Accept: application/x-ndjson`; see `ImageEventStream`); default `false`. 5.0 Lite, 4.5 and 4.0 only; not with `async`, `callback_url` or `layer_decomposition`. */
            stream?: boolean;
            /** @description Tools the model may call while generating; 5.0 Lite only. */
            tools?: {
                /**
                 * @description The tool; `web_search` (search the web) is the only one.
                 * @enum {string}
                 */
                type?: "web_search";
            }[];
            /** @description Whether to add the "AI generated" watermark; default `true`. */
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
                /** @description The image, base64-encoded (with `response_format: b64_json`; the vendor does not name this field, this is the upstream's name). */
                b64_json?: string;
                /** @description Layer decomposition: where the layer sits in the input image, as `absolute` pixels and `normalized` coordinates (left, top, right and bottom edges); to recompose, scale the layer to the box, place it at its top-left corner and stack the layers by `z_index`. The vendor gives no example of the two values, so their shape is left open. */
                bounding_box?: {
                    /** @description The box in pixels of the input image. */
                    absolute?: unknown;
                    /** @description The box in coordinates relative to the image size. */
                    normalized?: unknown;
                };
                /** @description Layer decomposition: what the layer shows. */
                description?: string;
                /** @description Why this image failed; the other images of the group can still have succeeded. */
                error?: {
                    /** @description A machine-readable error code. */
                    code?: string;
                    /** @description A human-readable explanation. */
                    message?: string;
                } | null;
                /** @description Where to download the image (with `response_format: url`). */
                image_url?: string;
                /** @description Layer decomposition: a short name of the element on this layer. */
                name?: string;
                /** @description The prompt the image was generated from. */
                prompt?: string;
                /** @description The pixel size of the image, as `WIDTHxHEIGHT`. */
                size?: string;
                /** @description Layer decomposition: the layer's place in the stack, `0` for the background; `data` is ordered by it, bottom first. */
                z_index?: number;
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
            /** @description What the generation consumed, as the upstream reports it (the vendor mentions a final `usage` only for streaming; no JSON example shows it). */
            usage?: {
                /** @description How many images were generated. */
                generated_images?: number;
                /** @description Tokens of the generated images. */
                output_tokens?: number;
                /** @description All tokens billed. */
                total_tokens?: number;
            };
        };
        /** @description The answer of `POST /seedream/images` with `stream: true` and `Accept: application/x-ndjson`: newline-delimited JSON, one event per line. For each image the stream carries an `image_generation.partial_succeeded` or `image_generation.partial_failed` event, then exactly one `image_generation.completed` event with the final `usage`; the request is billed once, at completion. The vendor names the events but documents no line's fields, so the stream is described as text. gentask's clients ask for JSON and never receive it. */
        ImageEventStream: string;
        /** @description The SeeDream model, as its full id. 5.0 Pro (`doubao-seedream-5-0-pro-260628`) makes one image per request, with no groups, streaming or web search. SeeDream 5.0 Lite has three spellings: `doubao-seedream-5-0-260128` (the API reference), `doubao-seedream-5-0-lite-260128` (the newest guide) and the short alias `doubao-seedream-5.0-lite` (older guides and the API reference's default; the newest guides say short aliases are refused with a 400). `doubao-seedream-3-0-t2i-250415` (text only) and `doubao-seededit-3-0-i2i-250628` (edits one image) are still in the API reference though gone from the newest guides. Known values are offered; any other string is accepted, since the provider adds and retires models. */
        ImageModel: "doubao-seedream-5-0-pro-260628" | "doubao-seedream-5-0-260128" | "doubao-seedream-5-0-lite-260128" | "doubao-seedream-5.0-lite" | "doubao-seedream-4-5-251128" | "doubao-seedream-4-0-250828" | "doubao-seedream-3-0-t2i-250415" | "doubao-seededit-3-0-i2i-250628" | (string & {});
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
            request?: components["schemas"]["TaskRequest"];
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
        /** @description The body a task was created with, as a record stores it. Unlike the request schemas it refuses no field and requires none, so records of older or newer bodies still read. */
        TaskRequest: {
            action?: components["schemas"]["GenerateImagesRequest"]["action"];
            async?: components["schemas"]["GenerateImagesRequest"]["async"];
            background?: components["schemas"]["GenerateImagesRequest"]["background"];
            callback_url?: components["schemas"]["GenerateImagesRequest"]["callback_url"];
            guidance_scale?: components["schemas"]["GenerateImagesRequest"]["guidance_scale"];
            image?: components["schemas"]["GenerateImagesRequest"]["image"];
            /** @description Whether the task split an image into layers. */
            layer_decomposition?: boolean;
            model?: components["schemas"]["ImageModel"];
            optimize_prompt_options?: components["schemas"]["GenerateImagesRequest"]["optimize_prompt_options"];
            output_format?: components["schemas"]["GenerateImagesRequest"]["output_format"];
            prompt?: components["schemas"]["GenerateImagesRequest"]["prompt"];
            response_format?: components["schemas"]["GenerateImagesRequest"]["response_format"];
            seed?: components["schemas"]["GenerateImagesRequest"]["seed"];
            sequential_image_generation?: components["schemas"]["GenerateImagesRequest"]["sequential_image_generation"];
            sequential_image_generation_options?: components["schemas"]["GenerateImagesRequest"]["sequential_image_generation_options"];
            size?: components["schemas"]["GenerateImagesRequest"]["size"];
            stream?: components["schemas"]["GenerateImagesRequest"]["stream"];
            tools?: components["schemas"]["GenerateImagesRequest"]["tools"];
            watermark?: components["schemas"]["GenerateImagesRequest"]["watermark"];
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
            /** @description As JSON (`Accept: application/json`, what gentask's clients send): the task was accepted (`TaskAccepted`, when `async: true` or a `callback_url` was sent), or the finished generation (`GenerationResult`), or its failure (`GenerationFailure`). As NDJSON (`Accept: application/x-ndjson` with `stream: true`): one event per line as the images finish. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskAccepted"] | components["schemas"]["GenerationResult"] | components["schemas"]["GenerationFailure"];
                    "application/x-ndjson": components["schemas"]["ImageEventStream"];
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
}
