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
        /** @description A `createTask` body for `bytedance/v1-pro-text-to-video` (Bytedance V1 Pro - Text to Video). */
        BytedanceV1ProTextToVideoTaskRequest: {
            callBackUrl?: components["schemas"]["CallbackUrl"];
            /** @description The input of `bytedance/v1-pro-text-to-video`; kie requires `prompt`. */
            input: {
                /**
                 * @description Aspect ratio of the output.
                 * @enum {string}
                 */
                aspect_ratio?: "21:9" | "16:9" | "4:3" | "1:1" | "3:4" | "9:16";
                /** @description Whether the camera stays still. */
                camera_fixed?: boolean;
                /**
                 * @description Length of the video in seconds, as a string.
                 * @enum {string}
                 */
                duration?: "5" | "10";
                /** @description Whether the model's own safety checker runs. */
                enable_safety_checker?: boolean;
                /** @description Whether kie filters the result for unsafe content. */
                nsfw_checker?: boolean;
                /** @description The text prompt. */
                prompt: string;
                /**
                 * @description Output resolution.
                 * @enum {string}
                 */
                resolution?: "480p" | "720p" | "1080p";
                /** @description Random seed, for repeatable results. */
                seed?: number;
            };
            /**
             * @description The Market model id. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            model: "bytedance/v1-pro-text-to-video";
        };
        /**
         * Format: uri
         * @description Optional URL kie POSTs the finished task to (success and failure), with the same body as `recordInfo`.
         */
        CallbackUrl: string;
        /** @description The body of `createTask`: for the Market models this spec types, that model's own schema (`KnownModelTaskRequest`); for any other model, `OtherModelTaskRequest`, whose `input` is free-form. Bodies are closed: kie spells the callback field `callBackUrl`, and a misspelled field is refused rather than silently ignored. */
        CreateTaskRequest: components["schemas"]["KnownModelTaskRequest"] | components["schemas"]["OtherModelTaskRequest"];
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
        /** @description A `createTask` body for `flux-2/pro-image-to-image` (Flux-2 - Pro Image to Image). */
        Flux2ProImageToImageTaskRequest: {
            callBackUrl?: components["schemas"]["CallbackUrl"];
            /** @description The input of `flux-2/pro-image-to-image`; kie requires `input_urls`, `prompt`, `aspect_ratio`, `resolution`. */
            input: {
                /**
                 * @description Aspect ratio of the output.
                 * @enum {string}
                 */
                aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "3:2" | "2:3";
                /** @description URLs of the reference images (the URL of an uploaded file, not its content). */
                input_urls: string[];
                /** @description Whether kie filters the result for unsafe content. */
                nsfw_checker?: boolean;
                /** @description The text prompt. */
                prompt: string;
                /**
                 * @description Output resolution.
                 * @enum {string}
                 */
                resolution: "1K" | "2K";
            };
            /**
             * @description The Market model id. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            model: "flux-2/pro-image-to-image";
        };
        /** @description A `createTask` body for `flux-2/pro-text-to-image` (Flux-2 - Pro Text to Image). */
        Flux2ProTextToImageTaskRequest: {
            callBackUrl?: components["schemas"]["CallbackUrl"];
            /** @description The input of `flux-2/pro-text-to-image`; kie requires `prompt`, `aspect_ratio`, `resolution`. */
            input: {
                /**
                 * @description Aspect ratio of the output.
                 * @enum {string}
                 */
                aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "3:2" | "2:3";
                /** @description Whether kie filters the result for unsafe content. */
                nsfw_checker?: boolean;
                /** @description The text prompt. */
                prompt: string;
                /**
                 * @description Output resolution.
                 * @enum {string}
                 */
                resolution: "1K" | "2K";
            };
            /**
             * @description The Market model id. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            model: "flux-2/pro-text-to-image";
        };
        /** @description A `createTask` body for `grok-imagine/image-to-image` (Grok Imagine - Image to Image). */
        GrokImagineImageToImageTaskRequest: {
            callBackUrl?: components["schemas"]["CallbackUrl"];
            /** @description The input of `grok-imagine/image-to-image`; kie requires `image_urls`. */
            input: {
                /** @description URLs of the input images (the URL of an uploaded file, not its content). */
                image_urls: string[];
                /** @description Whether kie filters the result for unsafe content. */
                nsfw_checker?: boolean;
                /** @description The text prompt. */
                prompt?: string;
            };
            /**
             * @description The Market model id. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            model: "grok-imagine/image-to-image";
        };
        /** @description A `createTask` body for `grok-imagine/image-to-video` (Grok Imagine - Image to Video). */
        GrokImagineImageToVideoTaskRequest: {
            callBackUrl?: components["schemas"]["CallbackUrl"];
            /** @description The input of `grok-imagine/image-to-video`. kie marks none of its fields required: the image to animate is given by `image_urls`, or by `task_id` (and `index`) of an earlier Grok Imagine image task. */
            input: {
                /**
                 * @description Aspect ratio of the output.
                 * @enum {string}
                 */
                aspect_ratio?: "2:3" | "3:2" | "1:1" | "16:9" | "9:16";
                /** @description Length of the video in seconds (documented as a number from 6 to 30; kie's own samples send a string such as `"6"`). */
                duration?: string | number;
                /** @description URLs of the input images (the URL of an uploaded file, not its content). */
                image_urls?: string[];
                /** @description With `task_id`: which image of that task to animate (0-5). */
                index?: number;
                /**
                 * @description Generation style.
                 * @enum {string}
                 */
                mode?: "fun" | "normal" | "spicy";
                /** @description Whether kie filters the result for unsafe content. */
                nsfw_checker?: boolean;
                /** @description The text prompt. */
                prompt?: string;
                /**
                 * @description Output resolution.
                 * @enum {string}
                 */
                resolution?: "480p" | "720p";
                /** @description Instead of `image_urls`: the id of an earlier Grok Imagine image task whose image to animate. */
                task_id?: string;
            };
            /**
             * @description The Market model id. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            model: "grok-imagine/image-to-video";
        };
        /** @description A `createTask` body for `grok-imagine/text-to-image` (Grok Imagine - Text to Image). */
        GrokImagineTextToImageTaskRequest: {
            callBackUrl?: components["schemas"]["CallbackUrl"];
            /** @description The input of `grok-imagine/text-to-image`; kie requires `prompt`. */
            input: {
                /**
                 * @description Aspect ratio of the output.
                 * @enum {string}
                 */
                aspect_ratio?: "2:3" | "3:2" | "1:1" | "16:9" | "9:16";
                /** @description `true` favours quality, `false` (the default) speed. */
                enable_pro?: boolean;
                /** @description Whether kie filters the result for unsafe content. */
                nsfw_checker?: boolean;
                /** @description The text prompt. */
                prompt: string;
            };
            /**
             * @description The Market model id. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            model: "grok-imagine/text-to-image";
        };
        /** @description A `createTask` body for `grok-imagine/text-to-video` (Grok Imagine - Text to Video). */
        GrokImagineTextToVideoTaskRequest: {
            callBackUrl?: components["schemas"]["CallbackUrl"];
            /** @description The input of `grok-imagine/text-to-video`; kie requires `prompt`. */
            input: {
                /**
                 * @description Aspect ratio of the output.
                 * @enum {string}
                 */
                aspect_ratio?: "2:3" | "3:2" | "1:1" | "16:9" | "9:16";
                /** @description Length of the video in seconds (documented as a number from 6 to 30; kie's own samples send a string such as `"6"`). */
                duration?: string | number;
                /**
                 * @description Generation style.
                 * @enum {string}
                 */
                mode?: "fun" | "normal" | "spicy";
                /** @description Whether kie filters the result for unsafe content. */
                nsfw_checker?: boolean;
                /** @description The text prompt. */
                prompt: string;
                /**
                 * @description Output resolution.
                 * @enum {string}
                 */
                resolution?: "480p" | "720p";
            };
            /**
             * @description The Market model id. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            model: "grok-imagine/text-to-video";
        };
        /** @description A `createTask` body for `hailuo/02-text-to-video-pro` (Hailuo 02 Pro - Text to Video). */
        Hailuo02TextToVideoProTaskRequest: {
            callBackUrl?: components["schemas"]["CallbackUrl"];
            /** @description The input of `hailuo/02-text-to-video-pro`; kie requires `prompt`. */
            input: {
                /** @description Whether kie filters the result for unsafe content. */
                nsfw_checker?: boolean;
                /** @description The text prompt. */
                prompt: string;
                /** @description Whether the prompt is rewritten to improve the result. */
                prompt_optimizer?: boolean;
            };
            /**
             * @description The Market model id. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            model: "hailuo/02-text-to-video-pro";
        };
        /** @description A `createTask` body for `hailuo/2-3-image-to-video-pro` (Hailuo 2.3 Pro - Image to Video). */
        Hailuo23ImageToVideoProTaskRequest: {
            callBackUrl?: components["schemas"]["CallbackUrl"];
            /** @description The input of `hailuo/2-3-image-to-video-pro`; kie requires `prompt`, `image_url`. */
            input: {
                /**
                 * @description Length of the video in seconds, as a string.
                 * @enum {string}
                 */
                duration?: "6" | "10";
                /**
                 * Format: uri
                 * @description URL of the input image (the URL of an uploaded file, not its content).
                 */
                image_url: string;
                /** @description Whether kie filters the result for unsafe content. */
                nsfw_checker?: boolean;
                /** @description The text prompt. */
                prompt: string;
                /**
                 * @description Output resolution.
                 * @enum {string}
                 */
                resolution?: "768P" | "1080P";
            };
            /**
             * @description The Market model id. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            model: "hailuo/2-3-image-to-video-pro";
        };
        /** @description A `createTask` body for `kling-2.6/image-to-video` (Kling 2.6 - Image to Video). */
        Kling26ImageToVideoTaskRequest: {
            callBackUrl?: components["schemas"]["CallbackUrl"];
            /** @description The input of `kling-2.6/image-to-video`; kie requires `prompt`, `image_urls`, `sound`, `duration`. */
            input: {
                /**
                 * @description Length of the video in seconds, as a string.
                 * @enum {string}
                 */
                duration: "5" | "10";
                /** @description URLs of the input images (the URL of an uploaded file, not its content). */
                image_urls: string[];
                /** @description The text prompt. */
                prompt: string;
                /** @description Whether the video has sound. */
                sound: boolean;
            };
            /**
             * @description The Market model id. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            model: "kling-2.6/image-to-video";
        };
        /** @description A `createTask` body for `kling-2.6/text-to-video` (Kling 2.6 - Text to Video). */
        Kling26TextToVideoTaskRequest: {
            callBackUrl?: components["schemas"]["CallbackUrl"];
            /** @description The input of `kling-2.6/text-to-video`; kie requires `prompt`, `sound`, `aspect_ratio`, `duration`. */
            input: {
                /**
                 * @description Aspect ratio of the output.
                 * @enum {string}
                 */
                aspect_ratio: "1:1" | "16:9" | "9:16";
                /**
                 * @description Length of the video in seconds, as a string.
                 * @enum {string}
                 */
                duration: "5" | "10";
                /** @description The text prompt. */
                prompt: string;
                /** @description Whether the video has sound. */
                sound: boolean;
            };
            /**
             * @description The Market model id. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            model: "kling-2.6/text-to-video";
        };
        /** @description A `createTask` body for `kling/v2-5-turbo-text-to-video-pro` (Kling V2.5 Turbo Pro - Text to Video). */
        KlingV25TurboTextToVideoProTaskRequest: {
            callBackUrl?: components["schemas"]["CallbackUrl"];
            /** @description The input of `kling/v2-5-turbo-text-to-video-pro`; kie requires `prompt`. */
            input: {
                /**
                 * @description Aspect ratio of the output.
                 * @enum {string}
                 */
                aspect_ratio?: "16:9" | "9:16" | "1:1";
                /** @description How closely the video follows the prompt (0-1). */
                cfg_scale?: number;
                /**
                 * @description Length of the video in seconds, as a string.
                 * @enum {string}
                 */
                duration?: "5" | "10";
                /** @description What the video should not show. */
                negative_prompt?: string;
                /** @description The text prompt. */
                prompt: string;
            };
            /**
             * @description The Market model id. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            model: "kling/v2-5-turbo-text-to-video-pro";
        };
        /**
         * @description The Market model ids this spec has a `createTask` body schema for (one `CreateTaskRequest` branch each). kie's Market is an open set: any other id is sent with `OtherModelTaskRequest`.
         * @enum {string}
         */
        KnownMarketModel: "bytedance/seedream-v4-text-to-image" | "bytedance/seedream-v4-edit" | "seedream/4.5-text-to-image" | "seedream/4.5-edit" | "grok-imagine/text-to-image" | "grok-imagine/image-to-image" | "grok-imagine/text-to-video" | "grok-imagine/image-to-video" | "flux-2/pro-text-to-image" | "flux-2/pro-image-to-image" | "google/nano-banana" | "google/nano-banana-edit" | "kling-2.6/text-to-video" | "kling-2.6/image-to-video" | "kling/v2-5-turbo-text-to-video-pro" | "hailuo/02-text-to-video-pro" | "hailuo/2-3-image-to-video-pro" | "wan/2-6-text-to-video" | "wan/2-6-image-to-video" | "bytedance/v1-pro-text-to-video";
        /** @description A `createTask` body for a Market model this spec types: one schema per model, chosen by `model`, with the input fields and required fields of kie's page for that model (linked from each schema). */
        KnownModelTaskRequest: components["schemas"]["SeedreamV4TextToImageTaskRequest"] | components["schemas"]["SeedreamV4EditTaskRequest"] | components["schemas"]["Seedream45TextToImageTaskRequest"] | components["schemas"]["Seedream45EditTaskRequest"] | components["schemas"]["GrokImagineTextToImageTaskRequest"] | components["schemas"]["GrokImagineImageToImageTaskRequest"] | components["schemas"]["GrokImagineTextToVideoTaskRequest"] | components["schemas"]["GrokImagineImageToVideoTaskRequest"] | components["schemas"]["Flux2ProTextToImageTaskRequest"] | components["schemas"]["Flux2ProImageToImageTaskRequest"] | components["schemas"]["NanoBananaTaskRequest"] | components["schemas"]["NanoBananaEditTaskRequest"] | components["schemas"]["Kling26TextToVideoTaskRequest"] | components["schemas"]["Kling26ImageToVideoTaskRequest"] | components["schemas"]["KlingV25TurboTextToVideoProTaskRequest"] | components["schemas"]["Hailuo02TextToVideoProTaskRequest"] | components["schemas"]["Hailuo23ImageToVideoProTaskRequest"] | components["schemas"]["Wan26TextToVideoTaskRequest"] | components["schemas"]["Wan26ImageToVideoTaskRequest"] | components["schemas"]["BytedanceV1ProTextToVideoTaskRequest"];
        /** @description A `createTask` body for `google/nano-banana-edit` (Google - Nano Banana Edit). */
        NanoBananaEditTaskRequest: {
            callBackUrl?: components["schemas"]["CallbackUrl"];
            /** @description The input of `google/nano-banana-edit`; kie requires `prompt`, `image_urls`. */
            input: {
                /**
                 * @description Aspect ratio of the output.
                 * @enum {string}
                 */
                aspect_ratio?: "1:1" | "9:16" | "16:9" | "3:4" | "4:3" | "3:2" | "2:3" | "5:4" | "4:5" | "21:9" | "auto";
                /**
                 * @deprecated
                 * @description Deprecated: use `aspect_ratio`.
                 * @enum {string}
                 */
                image_size?: "1:1" | "9:16" | "16:9" | "3:4" | "4:3" | "3:2" | "2:3" | "5:4" | "4:5" | "21:9" | "auto";
                /** @description URLs of the input images (the URL of an uploaded file, not its content). */
                image_urls: string[];
                /**
                 * @description File format of the image.
                 * @enum {string}
                 */
                output_format?: "png" | "jpeg";
                /** @description The text prompt. */
                prompt: string;
            };
            /**
             * @description The Market model id. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            model: "google/nano-banana-edit";
        };
        /** @description A `createTask` body for `google/nano-banana` (Google - Nano Banana). */
        NanoBananaTaskRequest: {
            callBackUrl?: components["schemas"]["CallbackUrl"];
            /** @description The input of `google/nano-banana`; kie requires `prompt`. */
            input: {
                /**
                 * @description Aspect ratio of the output.
                 * @enum {string}
                 */
                aspect_ratio?: "1:1" | "9:16" | "16:9" | "3:4" | "4:3" | "3:2" | "2:3" | "5:4" | "4:5" | "21:9" | "auto";
                /**
                 * @deprecated
                 * @description Deprecated: use `aspect_ratio`.
                 * @enum {string}
                 */
                image_size?: "1:1" | "9:16" | "16:9" | "3:4" | "4:3" | "3:2" | "2:3" | "5:4" | "4:5" | "21:9" | "auto";
                /**
                 * @description File format of the image.
                 * @enum {string}
                 */
                output_format?: "png" | "jpeg";
                /** @description The text prompt. */
                prompt: string;
            };
            /**
             * @description The Market model id. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            model: "google/nano-banana";
        };
        /** @description A `createTask` body for a Market model this spec has no schema for (a model released after it, or one not typed yet). Its `input` is free-form: each model documents its own fields, and numbers are often sent as strings (e.g. `"duration": "10"`). */
        OtherModelTaskRequest: {
            callBackUrl?: components["schemas"]["CallbackUrl"];
            /** @description The model-specific parameters, as the model's kie page documents them. */
            input: {
                [key: string]: unknown;
            };
            /** @description A Market model id other than the ones typed here (`KnownMarketModel`). */
            model: string;
        };
        /** @description A `createTask` body for `seedream/4.5-edit` (Seedream 4.5 - Edit). */
        Seedream45EditTaskRequest: {
            callBackUrl?: components["schemas"]["CallbackUrl"];
            /** @description The input of `seedream/4.5-edit`; kie requires `prompt`, `image_urls`, `aspect_ratio`, `quality`. */
            input: {
                /**
                 * @description Aspect ratio of the output.
                 * @enum {string}
                 */
                aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "2:3" | "3:2" | "21:9";
                /** @description URLs of the input images (the URL of an uploaded file, not its content). */
                image_urls: string[];
                /** @description Whether kie filters the result for unsafe content. */
                nsfw_checker?: boolean;
                /** @description The text prompt. */
                prompt: string;
                /**
                 * @description Output quality.
                 * @enum {string}
                 */
                quality: "basic" | "high";
            };
            /**
             * @description The Market model id. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            model: "seedream/4.5-edit";
        };
        /** @description A `createTask` body for `seedream/4.5-text-to-image` (Seedream 4.5 - Text to Image). */
        Seedream45TextToImageTaskRequest: {
            callBackUrl?: components["schemas"]["CallbackUrl"];
            /** @description The input of `seedream/4.5-text-to-image`; kie requires `prompt`, `aspect_ratio`, `quality`. */
            input: {
                /**
                 * @description Aspect ratio of the output.
                 * @enum {string}
                 */
                aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "2:3" | "3:2" | "21:9";
                /** @description Whether kie filters the result for unsafe content. */
                nsfw_checker?: boolean;
                /** @description The text prompt. */
                prompt: string;
                /**
                 * @description Output quality.
                 * @enum {string}
                 */
                quality: "basic" | "high";
            };
            /**
             * @description The Market model id. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            model: "seedream/4.5-text-to-image";
        };
        /** @description A `createTask` body for `bytedance/seedream-v4-edit` (Seedream 4.0 - Edit). */
        SeedreamV4EditTaskRequest: {
            callBackUrl?: components["schemas"]["CallbackUrl"];
            /** @description The input of `bytedance/seedream-v4-edit`; kie requires `prompt`, `image_urls`. */
            input: {
                /**
                 * @description Pixel scale; with `image_size` it sets the size of the image (4:3 and 4K give 4096 x 3072).
                 * @enum {string}
                 */
                image_resolution?: "1K" | "2K" | "4K";
                /**
                 * @description Aspect of the image.
                 * @enum {string}
                 */
                image_size?: "square" | "square_hd" | "portrait_4_3" | "portrait_3_2" | "portrait_16_9" | "landscape_4_3" | "landscape_3_2" | "landscape_16_9" | "landscape_21_9";
                /** @description URLs of the input images (the URL of an uploaded file, not its content). */
                image_urls: string[];
                /** @description The most images one run may produce (1-6); say the same number in the prompt. */
                max_images?: number;
                /** @description Whether kie filters the result for unsafe content. */
                nsfw_checker?: boolean;
                /** @description The text prompt. */
                prompt: string;
                /** @description Random seed, for repeatable results. */
                seed?: number;
            };
            /**
             * @description The Market model id. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            model: "bytedance/seedream-v4-edit";
        };
        /** @description A `createTask` body for `bytedance/seedream-v4-text-to-image` (Seedream 4.0 - Text to Image). */
        SeedreamV4TextToImageTaskRequest: {
            callBackUrl?: components["schemas"]["CallbackUrl"];
            /** @description The input of `bytedance/seedream-v4-text-to-image`; kie requires `prompt`. */
            input: {
                /**
                 * @description Pixel scale; with `image_size` it sets the size of the image (4:3 and 4K give 4096 x 3072).
                 * @enum {string}
                 */
                image_resolution?: "1K" | "2K" | "4K";
                /**
                 * @description Aspect of the image.
                 * @enum {string}
                 */
                image_size?: "square" | "square_hd" | "portrait_4_3" | "portrait_3_2" | "portrait_16_9" | "landscape_4_3" | "landscape_3_2" | "landscape_16_9" | "landscape_21_9";
                /** @description The most images one run may produce (1-6); say the same number in the prompt. */
                max_images?: number;
                /** @description Whether kie filters the result for unsafe content. */
                nsfw_checker?: boolean;
                /** @description The text prompt. */
                prompt: string;
                /** @description Random seed, for repeatable results. */
                seed?: number;
            };
            /**
             * @description The Market model id. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            model: "bytedance/seedream-v4-text-to-image";
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
        /** @description A `createTask` body for `wan/2-6-image-to-video` (Wan 2.6 - Image to Video). */
        Wan26ImageToVideoTaskRequest: {
            callBackUrl?: components["schemas"]["CallbackUrl"];
            /** @description The input of `wan/2-6-image-to-video`; kie requires `prompt`, `image_urls`. */
            input: {
                /**
                 * @description Length of the video in seconds, as a string.
                 * @enum {string}
                 */
                duration?: "5" | "10" | "15";
                /** @description URLs of the input images (the URL of an uploaded file, not its content). */
                image_urls: string[];
                /** @description Whether kie filters the result for unsafe content. */
                nsfw_checker?: boolean;
                /** @description The text prompt. */
                prompt: string;
                /**
                 * @description Output resolution.
                 * @enum {string}
                 */
                resolution?: "720p" | "1080p";
            };
            /**
             * @description The Market model id. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            model: "wan/2-6-image-to-video";
        };
        /** @description A `createTask` body for `wan/2-6-text-to-video` (Wan 2.6 - Text to Video). */
        Wan26TextToVideoTaskRequest: {
            callBackUrl?: components["schemas"]["CallbackUrl"];
            /** @description The input of `wan/2-6-text-to-video`; kie requires `prompt`. */
            input: {
                /**
                 * @description Length of the video in seconds, as a string.
                 * @enum {string}
                 */
                duration?: "5" | "10" | "15";
                /** @description Whether kie filters the result for unsafe content. */
                nsfw_checker?: boolean;
                /** @description The text prompt. */
                prompt: string;
                /**
                 * @description Output resolution.
                 * @enum {string}
                 */
                resolution?: "720p" | "1080p";
            };
            /**
             * @description The Market model id. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            model: "wan/2-6-text-to-video";
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
