import type { RequestOptions } from "./client.js";

// A request body that is a union of schemas told apart by one field (kie's `model`), where each known
// value has its own schema and one open branch takes any other value. A plain union cannot type that:
// the open branch (`model: string`, free-form input) would accept a known model's body that lacks its
// required fields. So the known values pick their own branch, and only other values get the open one.

/** The members of `Union` whose `Key` is a literal: the branches of the known values. */
export type KnownBranches<Union, Key extends PropertyKey> = Union extends { readonly [K in Key]: infer Value }
  ? string extends Value
    ? never
    : Union
  : never;

/** The members of `Union` whose `Key` is any string: the open branch. */
export type OpenBranches<Union, Key extends PropertyKey> = Union extends { readonly [K in Key]: infer Value }
  ? string extends Value
    ? Union
    : never
  : never;

/** The known values of `Key` in `Union`: one per branch with its own schema. */
export type KnownValues<Union, Key extends PropertyKey> =
  KnownBranches<Union, Key> extends infer Known
    ? Known extends { readonly [K in Key]: infer Value extends string }
      ? Value
      : never
    : never;

/**
 * The body for one value of `Key`: a known value's own branch, or, for any other string, the open
 * branch with that value. A union of values gives the union of their bodies.
 */
export type DiscriminatedBody<Union, Key extends PropertyKey, Value extends string> =
  Value extends KnownValues<Union, Key>
    ? Extract<KnownBranches<Union, Key>, { readonly [K in Key]: Value }>
    : Omit<OpenBranches<Union, Key>, Key> & { [K in Key]: Value };

/**
 * A method that starts a task with a body discriminated on `Key`: the value written in the body picks
 * the body's type, the known values are offered in an editor, and any other string is accepted.
 */
export type DiscriminatedStarter<Union, Key extends PropertyKey> = <
  Value extends KnownValues<Union, Key> | (string & {}),
>(
  body: DiscriminatedBody<Union, Key, Value>,
  options?: RequestOptions,
) => Promise<string>;
