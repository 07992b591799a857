import net from "node:net";
import { describe, expect, test, vi } from "vitest";
import { findFreePorts, resolveE2EPorts } from "@/scripts/lib/e2e-ports";

describe("resolveE2EPorts", () => {
  test("without E2E_PORT: two free ports, written to the environment workers inherit", () => {
    const env: Record<string, string | undefined> = {};
    const find = vi.fn((): [number, number] => [41_000, 39_000]);
    expect(resolveE2EPorts(env, find)).toEqual({ primary: 41_000, second: 39_000, chosen: true });
    expect(env).toEqual({ E2E_PORT: "41000", E2E_SECOND_PORT: "39000" });
    // A worker loads the config again with that environment and must get the same ports.
    expect(resolveE2EPorts(env, find)).toEqual({ primary: 41_000, second: 39_000, chosen: false });
    expect(find).toHaveBeenCalledTimes(1);
  });

  test.each([
    ["E2E_PORT only: the second server on the next port", { E2E_PORT: "3200" }, 3200, 3201],
    ["both given", { E2E_PORT: "3200", E2E_SECOND_PORT: "4000" }, 3200, 4000],
    ["blank second port", { E2E_PORT: " 3200 ", E2E_SECOND_PORT: "" }, 3200, 3201],
  ])("%s", (_label, env, primary, second) => {
    const find = vi.fn((): [number, number] => [1, 2]);
    expect(resolveE2EPorts({ ...env }, find)).toEqual({ primary, second, chosen: false });
    expect(find).not.toHaveBeenCalled();
  });

  test.each([
    ["a name", { E2E_PORT: "abc" }, /E2E_PORT must be a TCP port/],
    ["out of range", { E2E_PORT: "70000" }, /E2E_PORT must be a TCP port/],
    ["a fraction", { E2E_PORT: "3100", E2E_SECOND_PORT: "3100.5" }, /E2E_SECOND_PORT must be a TCP port/],
    ["the same port twice", { E2E_PORT: "3100", E2E_SECOND_PORT: "3100" }, /two ports/],
  ])("rejects %s", (_label, env, message) => {
    expect(() => resolveE2EPorts({ ...env }, () => [1, 2])).toThrow(message);
  });
});

describe("findFreePorts (scripts/free-ports.mjs)", () => {
  const listen = (port: number) =>
    new Promise<net.Server>((resolve, reject) => {
      const server = net.createServer();
      server.once("error", reject);
      server.listen(port, () => resolve(server));
    });

  test("gives two different ports that a server can listen on, never one already taken", async () => {
    const taken = await listen(0);
    const takenPort = (taken.address() as net.AddressInfo).port;
    const [a, b] = findFreePorts();
    expect(a).not.toBe(b);
    expect([a, b]).not.toContain(takenPort);
    const servers = await Promise.all([listen(a), listen(b)]);
    await Promise.all([...servers, taken].map((s) => new Promise((resolve) => s.close(resolve))));
  });
});
