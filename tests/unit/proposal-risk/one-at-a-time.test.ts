import { describe, expect, test } from "vitest";
import { oneAtATime } from "@/lib/services/proposal/one-at-a-time";

describe("oneAtATime", () => {
  test("runs queued work in order, each after a turn of the event loop, and a failure does not stop the rest", async () => {
    const log: string[] = [];
    const first = oneAtATime(() => log.push("a"));
    const failing = oneAtATime(() => {
      log.push("b");
      throw new Error("b failed");
    });
    const third = oneAtATime(() => {
      log.push("c");
      return "done";
    });
    // Nothing runs synchronously: the caller's own code (and pending I/O) goes first.
    log.push("caller");
    await expect(failing).rejects.toThrow("b failed");
    expect(await first).toBe(2);
    expect(await third).toBe("done");
    expect(log).toEqual(["caller", "a", "b", "c"]);
  });
});
