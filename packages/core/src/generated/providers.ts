// Generated from specs/*.yaml by scripts/generate.mjs: do not edit, run `pnpm generate`.
import type { ProviderFacts } from "../provider-facts.js";

/** Every provider gentask has a spec for, by name: the facts of `specs/<name>.yaml`. */
export const providerRegistry = {
  "flux": {
    "name": "flux",
    "pascalName": "Flux",
    "camelName": "flux",
    "title": "Flux",
    "family": "acedata",
    "media": [
      "image",
      "video"
    ],
    "apiKeyVariable": "ACEDATA_API_KEY",
    "baseUrl": "https://api.acedata.cloud",
    "starters": {
      "createTask": "/flux/images",
      "createVideo": "/flux/videos"
    },
    "statusPath": "/flux/tasks",
    "statusMethod": "post",
    "batchSize": 50,
    "record": {
      "items": "data",
      "mediaUrls": [
        "image_url",
        "video_url"
      ],
      "errorCode": [
        "error/code"
      ],
      "errorMessage": [
        "error/message",
        "error"
      ],
      "times": [
        {
          "path": "created_at",
          "unit": "seconds",
          "moment": "created"
        },
        {
          "path": "started_at",
          "unit": "seconds",
          "moment": "started"
        },
        {
          "path": "finished_at",
          "unit": "seconds",
          "moment": "finished"
        }
      ]
    },
    "callbackUrlField": "callback_url",
    "common": {
      "operationId": "createTask",
      "body": {
        "action": "generate",
        "model": "flux-dev",
        "prompt": "a white siamese cat on a windowsill",
        "size": "1024x1024"
      },
      "promptPointer": "/prompt",
      "modelPointer": "/model",
      "model": "flux-dev",
      "prompt": "a white siamese cat on a windowsill"
    },
    "answers": {
      "accepted": "accepted",
      "queued": "pending",
      "running": "progress",
      "succeeded": "succeeded",
      "failed": "failed",
      "unknownTask": "notFound",
      "invalidRequest": "badRequest",
      "unauthorized": "invalidToken",
      "tooLarge": "requestTooLarge",
      "unknownPath": "noApi",
      "errorMessage": "error/message"
    },
    "seedDocument": "002_4f39206318abacd2.txt"
  },
  "hailuo": {
    "name": "hailuo",
    "pascalName": "Hailuo",
    "camelName": "hailuo",
    "title": "Hailuo",
    "family": "acedata",
    "media": [
      "video"
    ],
    "apiKeyVariable": "ACEDATA_API_KEY",
    "baseUrl": "https://api.acedata.cloud",
    "starters": {
      "createTask": "/hailuo/videos"
    },
    "statusPath": "/hailuo/tasks",
    "statusMethod": "post",
    "batchSize": 50,
    "record": {
      "items": "data",
      "statusWord": [
        "state"
      ],
      "mediaUrls": [
        "video_url"
      ],
      "errorCode": [
        "error/code"
      ],
      "errorMessage": [
        "error/message",
        "error"
      ],
      "succeededWords": [
        "succeeded"
      ],
      "failedWords": [
        "failed"
      ],
      "times": [
        {
          "path": "created_at",
          "unit": "seconds",
          "moment": "created"
        },
        {
          "path": "started_at",
          "unit": "seconds",
          "moment": "started"
        },
        {
          "path": "finished_at",
          "unit": "seconds",
          "moment": "finished"
        }
      ]
    },
    "callbackUrlField": "callback_url",
    "common": {
      "operationId": "createTask",
      "body": {
        "action": "generate",
        "model": "minimax-t2v",
        "prompt": "a kite rising over a windy beach"
      },
      "promptPointer": "/prompt",
      "modelPointer": "/model",
      "model": "minimax-t2v",
      "prompt": "a kite rising over a windy beach"
    },
    "answers": {
      "accepted": "accepted",
      "queued": "pending",
      "running": "progress",
      "succeeded": "succeeded",
      "failed": "failed",
      "unknownTask": "notFound",
      "invalidRequest": "badRequest",
      "unauthorized": "invalidToken",
      "tooLarge": "requestTooLarge",
      "unknownPath": "noApi",
      "errorMessage": "error/message"
    }
  },
  "kie": {
    "name": "kie",
    "pascalName": "Kie",
    "camelName": "kie",
    "title": "kie.ai Market",
    "family": "kie",
    "media": [
      "image",
      "video",
      "audio",
      "text"
    ],
    "apiKeyVariable": "KIE_API_KEY",
    "baseUrl": "https://api.kie.ai",
    "starters": {
      "createTask": "/api/v1/jobs/createTask"
    },
    "statusPath": "/api/v1/jobs/recordInfo",
    "statusMethod": "get",
    "batchSize": 1,
    "rateLimit": {
      "requestsPerSecond": 10,
      "burst": 10
    },
    "record": {
      "statusWord": [
        "state"
      ],
      "progress": [
        "progress"
      ],
      "mediaUrls": [
        "resultJson/$json/resultUrls"
      ],
      "errorCode": [
        "failCode"
      ],
      "errorMessage": [
        "failMsg"
      ],
      "succeededWords": [
        "success"
      ],
      "failedWords": [
        "fail"
      ],
      "times": [
        {
          "path": "createTime",
          "unit": "milliseconds",
          "moment": "created"
        },
        {
          "path": "updateTime",
          "unit": "milliseconds",
          "moment": "updated"
        },
        {
          "path": "completeTime",
          "unit": "milliseconds",
          "moment": "finished"
        }
      ]
    },
    "callbackUrlField": "callBackUrl",
    "common": {
      "operationId": "createTask",
      "body": {
        "model": "bytedance/seedream-v4-text-to-image",
        "input": {
          "prompt": "a map of an imaginary island"
        }
      },
      "promptPointer": "/input/prompt",
      "modelPointer": "/model",
      "model": "bytedance/seedream-v4-text-to-image",
      "prompt": "a map of an imaginary island"
    },
    "answers": {
      "accepted": "accepted",
      "queued": [
        "waiting",
        "queuing"
      ],
      "running": "generating",
      "succeeded": "succeeded",
      "failed": "failed",
      "unknownTask": "recordInfoNull",
      "invalidRequest": "validationError",
      "unauthorized": "unauthorized",
      "unknownPath": "notFound",
      "errorMessage": "msg"
    },
    "seedDocument": "004_d57378a42045fb92.txt"
  },
  "seedance": {
    "name": "seedance",
    "pascalName": "Seedance",
    "camelName": "seedance",
    "title": "SeeDance",
    "family": "acedata",
    "media": [
      "video"
    ],
    "apiKeyVariable": "ACEDATA_API_KEY",
    "baseUrl": "https://api.acedata.cloud",
    "starters": {
      "createTask": "/seedance/videos"
    },
    "statusPath": "/seedance/tasks",
    "statusMethod": "post",
    "batchSize": 50,
    "record": {
      "items": "data",
      "statusWord": [
        "status"
      ],
      "progress": [
        "progress"
      ],
      "mediaUrls": [
        "video_url",
        "content/video_url"
      ],
      "errorCode": [
        "error/code"
      ],
      "errorMessage": [
        "error/message",
        "error"
      ],
      "succeededWords": [
        "succeeded"
      ],
      "failedWords": [
        "failed",
        "cancelled",
        "expired"
      ],
      "times": [
        {
          "path": "created_at",
          "unit": "seconds",
          "moment": "created"
        },
        {
          "path": "started_at",
          "unit": "seconds",
          "moment": "started"
        },
        {
          "path": "finished_at",
          "unit": "seconds",
          "moment": "finished"
        }
      ]
    },
    "callbackUrlField": "callback_url",
    "common": {
      "operationId": "createTask",
      "body": {
        "model": "doubao-seedance-1-0-pro-250528",
        "content": [
          {
            "type": "text",
            "text": "a paper boat drifting down a rainy street"
          }
        ]
      },
      "promptPointer": "/content/0/text",
      "modelPointer": "/model",
      "model": "doubao-seedance-1-0-pro-250528",
      "prompt": "a paper boat drifting down a rainy street"
    },
    "answers": {
      "accepted": "accepted",
      "queued": "pending",
      "running": "progress",
      "succeeded": "succeeded",
      "failed": "failed",
      "unknownTask": "notFound",
      "invalidRequest": "badRequest",
      "unauthorized": "invalidToken",
      "tooLarge": "requestTooLarge",
      "unknownPath": "noApi",
      "errorMessage": "error/message"
    },
    "seedDocument": "001_ac96116900420cae.txt"
  },
  "seedream": {
    "name": "seedream",
    "pascalName": "Seedream",
    "camelName": "seedream",
    "title": "SeeDream",
    "family": "acedata",
    "media": [
      "image"
    ],
    "apiKeyVariable": "ACEDATA_API_KEY",
    "baseUrl": "https://api.acedata.cloud",
    "starters": {
      "createTask": "/seedream/images"
    },
    "statusPath": "/seedream/tasks",
    "statusMethod": "post",
    "batchSize": 50,
    "record": {
      "items": "data",
      "mediaUrls": [
        "image_url"
      ],
      "inlineMedia": [
        "b64_json"
      ],
      "errorCode": [
        "error/code"
      ],
      "errorMessage": [
        "error/message",
        "error"
      ],
      "times": [
        {
          "path": "created_at",
          "unit": "seconds",
          "moment": "created"
        },
        {
          "path": "started_at",
          "unit": "seconds",
          "moment": "started"
        },
        {
          "path": "finished_at",
          "unit": "seconds",
          "moment": "finished"
        }
      ]
    },
    "callbackUrlField": "callback_url",
    "common": {
      "operationId": "createTask",
      "body": {
        "model": "doubao-seedream-4-5-251128",
        "prompt": "a lighthouse at dawn, watercolor"
      },
      "promptPointer": "/prompt",
      "modelPointer": "/model",
      "model": "doubao-seedream-4-5-251128",
      "prompt": "a lighthouse at dawn, watercolor"
    },
    "answers": {
      "accepted": "accepted",
      "queued": "pending",
      "running": "progress",
      "succeeded": "succeeded",
      "failed": "failed",
      "unknownTask": "notFound",
      "invalidRequest": "badRequest",
      "unauthorized": "invalidToken",
      "tooLarge": "requestTooLarge",
      "unknownPath": "noApi",
      "errorMessage": "error/message"
    },
    "seedDocument": "000_2360d8dc18ca71fd.txt"
  },
  "veo": {
    "name": "veo",
    "pascalName": "Veo",
    "camelName": "veo",
    "title": "Veo",
    "family": "acedata",
    "media": [
      "video"
    ],
    "apiKeyVariable": "ACEDATA_API_KEY",
    "baseUrl": "https://api.acedata.cloud",
    "starters": {
      "createTask": "/veo/videos",
      "upsampleVideo": "/veo/upsample",
      "extendVideo": "/veo/extend",
      "reshootVideo": "/veo/reshoot",
      "editObjects": "/veo/objects"
    },
    "statusPath": "/veo/tasks",
    "statusMethod": "post",
    "batchSize": 50,
    "record": {
      "items": "data",
      "statusWord": [
        "state"
      ],
      "progress": [
        "progress"
      ],
      "mediaUrls": [
        "video_url"
      ],
      "errorCode": [
        "error/code"
      ],
      "errorMessage": [
        "error/message",
        "error"
      ],
      "succeededWords": [
        "succeeded"
      ],
      "failedWords": [
        "failed"
      ],
      "times": [
        {
          "path": "created_at",
          "unit": "seconds",
          "moment": "created"
        },
        {
          "path": "started_at",
          "unit": "seconds",
          "moment": "started"
        },
        {
          "path": "finished_at",
          "unit": "seconds",
          "moment": "finished"
        },
        {
          "path": "response/started_at",
          "unit": "seconds",
          "moment": "started"
        },
        {
          "path": "response/finished_at",
          "unit": "seconds",
          "moment": "finished"
        },
        {
          "path": "response/data/created_at",
          "unit": "datetime"
        },
        {
          "path": "response/data/complete_at",
          "unit": "datetime",
          "moment": "finished"
        }
      ]
    },
    "callbackUrlField": "callback_url",
    "common": {
      "operationId": "createTask",
      "body": {
        "action": "text2video",
        "model": "veo3-fast",
        "prompt": "a coffee mug on marble, the camera circling it"
      },
      "promptPointer": "/prompt",
      "modelPointer": "/model",
      "model": "veo3-fast",
      "prompt": "a coffee mug on marble, the camera circling it"
    },
    "answers": {
      "accepted": "accepted",
      "queued": "pending",
      "running": "progress",
      "succeeded": "succeeded",
      "failed": "failed",
      "unknownTask": "notFound",
      "invalidRequest": "badRequest",
      "unauthorized": "invalidToken",
      "tooLarge": "requestTooLarge",
      "unknownPath": "noApi",
      "errorMessage": "error/message"
    },
    "seedDocument": "003_f0f0da8c292d2f4d.txt"
  },
} as const satisfies Readonly<Record<string, ProviderFacts>>;
