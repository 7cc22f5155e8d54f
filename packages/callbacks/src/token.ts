// The token of a callback URL: `<provider>.<id>.<mac>`, where the id is random and the MAC is an HMAC-SHA256
// of the provider and the id under the user's secret. Only the holder of the secret can make one, so a post
// without a valid token is forged; the id ties the URL to the one task it was minted for.

const encoder = new TextEncoder();
const TOKEN_PATTERN = /^([a-z0-9-]+)\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/;

function base64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Equal strings, compared in time that depends only on their length. */
export function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index++) difference |= a.charCodeAt(index) ^ b.charCodeAt(index);
  return difference === 0;
}

/** Signs and checks tokens under one secret (the key is imported once). */
export interface TokenSigner {
  /** A new token for a task of `provider`, and its id (what the task's handle keeps). */
  mint(provider: string): Promise<{ token: string; callbackId: string }>;
  /** The provider and id of a token made with this secret, or `undefined` for anything else. */
  verify(token: string | null): Promise<{ provider: string; callbackId: string } | undefined>;
}

export function tokenSigner(secret: string): TokenSigner {
  // The key, not a promise of it, is kept: a CryptoKey is plain data that requests may share on every runtime,
  // while a promise made in one request and awaited in another is what workerd forbids.
  let key: CryptoKey | undefined;
  const mac = async (provider: string, callbackId: string) => {
    key ??= await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
      "sign",
    ]);
    const message = encoder.encode(`gentask-callback ${provider} ${callbackId}`);
    return base64Url(new Uint8Array(await crypto.subtle.sign("HMAC", key, message)));
  };
  return {
    async mint(provider) {
      const callbackId = base64Url(crypto.getRandomValues(new Uint8Array(16)));
      return { token: `${provider}.${callbackId}.${await mac(provider, callbackId)}`, callbackId };
    },
    async verify(token) {
      const parts = token === null ? null : TOKEN_PATTERN.exec(token);
      if (parts === null) return undefined;
      const [, provider, callbackId, received] = parts as unknown as [string, string, string, string];
      return constantTimeEqual(await mac(provider, callbackId), received) ? { provider, callbackId } : undefined;
    },
  };
}
