import { test as setup } from "@playwright/test";
import { signIn, STORAGE } from "./helpers";

// Signs each demo advisor in once and keeps their cookies for the specs.
setup("sign in the demo advisors", async ({ browser }) => {
  for (const who of ["advisor1", "advisor2"] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, who);
    await context.storageState({ path: STORAGE[who] });
    await context.close();
  }
});
