import { describe, expect, it } from "vitest";
import { ValidationError } from "../src/index.js";
import { clientFor, startSparkwise } from "./fixtures.js";

const clusterAt = (n: number, createdAt: string) => ({
  createdAt,
  cluster: { clusterId: `00000000-0000-4000-8000-00000000000${n}`, moduleName: `Module ${n}` },
});
const completionAt = (n: number, sessionScheduledStartAt: string) => ({
  id: `10000000-0000-4000-8000-00000000000${n}`,
  sessionScheduledStartAt,
});
const records = {
  clusters: [
    clusterAt(1, "2024-01-01T00:00:00Z"),
    clusterAt(2, "2024-06-01T00:00:00Z"),
    clusterAt(3, "2024-09-01T00:00:00Z"),
  ],
  completions: [completionAt(1, "2024-06-01T00:00:00Z"), completionAt(2, "2024-12-30T10:00:00Z")],
};
const clusters = records.clusters.map((r) => r.cluster);

describe("listClusters and listCompletions", () => {
  it("take the window as Dates: from inclusive, to exclusive", async () => {
    const server = await startSparkwise({ records });
    const client = clientFor(server);
    const window = { from: new Date("2024-06-01T00:00:00Z"), to: new Date("2024-09-01T00:00:00Z") };
    expect(await client.listClusters(window)).toEqual([clusters[1]]);
    expect(await client.listCompletions(window)).toEqual([records.completions[0]]);
    expect(server.requests[0]!.query).toEqual({
      from: "2024-06-01T00:00:00.000Z",
      to: "2024-09-01T00:00:00.000Z",
    });
  });

  it("take ISO strings, with an offset or as dates, and send them in UTC", async () => {
    const server = await startSparkwise({ records });
    const client = clientFor(server);
    expect(await client.listClusters({ from: "2024-06-01T02:00:00+02:00" })).toEqual(clusters.slice(1));
    expect(await client.listClusters({ to: "2024-06-01" })).toEqual([clusters[0]]);
    expect(await client.listCompletions({ from: "2024-12-30T10:00:00Z" })).toEqual([records.completions[1]]);
    expect(server.requests.map((r) => r.query)).toEqual([
      { from: "2024-06-01T00:00:00.000Z" },
      { to: "2024-06-01T00:00:00.000Z" },
      { from: "2024-12-30T10:00:00.000Z" },
    ]);
  });

  it("return everything without a window, and an empty array for an empty one", async () => {
    const server = await startSparkwise({ records });
    const client = clientFor(server);
    expect(await client.listClusters()).toEqual(clusters);
    expect(await client.listCompletions()).toEqual(records.completions);
    expect(await client.listCompletions({ from: new Date("2030-01-01T00:00:00Z") })).toEqual([]);
  });

  it.each([
    ["Dates", { from: new Date("2024-06-01T00:00:00Z"), to: new Date("2024-06-01T00:00:00Z") }],
    ["strings", { from: "2024-12-31T00:00:00Z", to: "2024-01-01T00:00:00Z" }],
    ["mixed", { from: "2024-06-01T01:00:00+01:00", to: new Date("2024-06-01T00:00:00Z") }],
  ])("refuse from >= to (%s) naming query.from, before any request", async (_, window) => {
    const server = await startSparkwise();
    const client = clientFor(server);
    for (const list of [client.listClusters, client.listCompletions]) {
      const error = await list(window).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect(error).toMatchObject({ field: "query.from", rule: "lessThan" });
    }
    expect(server.requests).toEqual([]);
  });

  it.each([
    [{ from: "yesterday" }, "query.from", "format"],
    [{ to: "2024-06-01T10:00:00" }, "query.to", "format"],
    [{ from: new Date(Number.NaN) }, "query.from", "format"],
    [{ to: 1717200000000 as never }, "query.to", "type"],
  ])("refuse %o (not an instant) naming the field", async (window, field, rule) => {
    const server = await startSparkwise();
    const error = await clientFor(server)
      .listClusters(window)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ field, rule });
    expect(server.requests).toEqual([]);
  });
});
