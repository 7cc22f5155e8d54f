// The request bodies whose fields follow an open set of values (kie's `model`), as specs write them
// (docs/spec-conventions.md): checked here so that a spec whose known values disagree fails `pnpm generate`.
import { SpecFactsError } from "./provider-registry.mjs";

/** The component schema a local `$ref` names, or the schema itself. */
const resolved = (spec, schema) =>
  schema?.$ref ? spec.components?.schemas?.[schema.$ref.replace("#/components/schemas/", "")] : schema;

/** The one value a branch gives its discriminating property (`const` or a one-value `enum`), if any. */
const branchValue = (property) =>
  property?.const ?? (Array.isArray(property?.enum) && property.enum.length === 1 ? property.enum[0] : undefined);

/**
 * The open discriminated unions, by schema name: a `oneOf` of a discriminated union of the known values
 * (one branch per value, its property a `const`) and one open branch for any other value (an open
 * branch cannot sit in the discriminated `oneOf` itself: a discriminator needs a `const` in every
 * branch). The open branch must exclude exactly the known values (`not` an enum of them), or a known
 * value's body would match two branches and fail `oneOf`; the discriminator's mapping names the same values.
 */
export function openDiscriminatedUnions(name, spec) {
  const unions = new Map();
  for (const [schemaName, schema] of Object.entries(spec.components?.schemas ?? {})) {
    if (!Array.isArray(schema.oneOf) || schema.discriminator) continue;
    const members = schema.oneOf.map((member) => resolved(spec, member));
    const discriminated = members.find((member) => member?.discriminator && Array.isArray(member.oneOf));
    const key = discriminated?.discriminator.propertyName;
    const open = members.filter((member) => member !== discriminated);
    if (!key || open.length === 0) continue;
    const where = `specs/${name}.yaml components.schemas.${schemaName}`;
    if (open.length > 1)
      throw new SpecFactsError(`${where}: one open branch beside the discriminated union, not ${open.length}.`);
    const known = discriminated.oneOf.map((branch) => branchValue(resolved(spec, branch)?.properties?.[key]));
    if (known.includes(undefined)) {
      throw new SpecFactsError(`${where}: every branch of the discriminated union needs a \`const\` \`${key}\`.`);
    }
    const excluded = resolved(spec, open[0]?.properties?.[key]?.not)?.enum ?? [];
    const same = (values) => values.length === known.length && known.every((value) => values.includes(value));
    if (!same(excluded)) {
      throw new SpecFactsError(
        `${where}: the open branch's \`${key}\` must be \`not\` an enum of exactly the known values (${known.join(", ")}); it excludes ${excluded.join(", ") || "none"}.`,
      );
    }
    if (!same(Object.keys(discriminated.discriminator.mapping ?? {}))) {
      throw new SpecFactsError(
        `${where}: discriminator.mapping must name exactly the known values (${known.join(", ")}).`,
      );
    }
    unions.set(schemaName, { key, known });
  }
  return unions;
}
