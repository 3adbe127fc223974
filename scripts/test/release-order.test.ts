import { describe, expect, it } from "vitest";
import { publishablePackages } from "../lint-packages.ts";
import { publishOrder, releasePackages } from "../release/order.ts";

const pkg = (name: string, needs: string[] = []) => ({ name, needs });

describe("publishOrder", () => {
  it("puts every package after the workspace packages it needs, keeping the order otherwise", () => {
    const order = publishOrder([
      pkg("isnotai", ["core"]),
      pkg("testing"),
      pkg("core"),
      pkg("kit", ["isnotai"]),
    ]);
    expect(order.map((p) => p.name)).toEqual(["testing", "core", "isnotai", "kit"]);
  });

  it("refuses a cycle, naming the packages in it", () => {
    expect(() => publishOrder([pkg("a", ["b"]), pkg("b", ["a"]), pkg("c")])).toThrow(
      /Dependency cycle among a, b/,
    );
  });

  it("publishes @clientele/core before every provider of this repository", () => {
    const names = publishOrder(releasePackages(publishablePackages())).map((p) => p.name);
    for (const name of names.filter((n) => n !== "@clientele/core" && n !== "@clientele/testing"))
      expect(names.indexOf("@clientele/core"), name).toBeLessThan(names.indexOf(name));
  });
});
