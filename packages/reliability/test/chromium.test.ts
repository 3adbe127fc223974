import { accessSync, constants, existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findChromium } from "./support/chromium";

describe("findChromium", () => {
  it("takes the browser CHROMIUM_PATH names, and says so when it does not exist", async () => {
    expect(await findChromium({ CHROMIUM_PATH: process.execPath })).toMatchObject({
      executablePath: process.execPath,
      source: `CHROMIUM_PATH (${process.execPath})`,
    });
    await expect(findChromium({ CHROMIUM_PATH: "/nowhere/chromium" })).rejects.toThrow(
      "CHROMIUM_PATH names /nowhere/chromium, which does not exist.",
    );
  });

  it("otherwise takes /usr/bin/chromium, or unpacks the one from the npm registry, executable, with its libraries", async () => {
    const browser = await findChromium({});
    if (existsSync("/usr/bin/chromium")) {
      expect(browser).toEqual({ executablePath: "/usr/bin/chromium", env: {}, source: "/usr/bin/chromium" });
      return;
    }
    expect(browser.source).toMatch(/^@sparticuz\/chromium \d+\.\d+\.\d+$/);
    expect(browser.executablePath).toMatch(/node_modules\/\.cache\/chromium-[\d.]+\/chromium$/);
    expect(() => accessSync(browser.executablePath, constants.X_OK)).not.toThrow();
    expect(browser.env.LD_LIBRARY_PATH).toMatch(/chromium-[\d.]+\/lib(:|$)/);
    expect(existsSync(`${browser.env.LD_LIBRARY_PATH!.split(":")[0]}/libnss3.so`)).toBe(true);
  }, 60_000);
});
