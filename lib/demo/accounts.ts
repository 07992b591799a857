/** Demo logins created by the seed script and shown on the login page only when DEMO_MODE is on. */
export const DEMO_PASSWORD = "demo-password-2026";

export const DEMO_FIRM = "Demo Wealth Partners";

export const DEMO_USERS = [
  { email: "admin@demo.smallcap.app", name: "Ada Admin", role: "ADMIN", locale: "en" },
  { email: "advisor1@demo.smallcap.app", name: "Kim Min-jun", role: "ADVISOR", locale: "en" },
  { email: "advisor2@demo.smallcap.app", name: "Sarah Lee", role: "ADVISOR", locale: "en" },
] as const;
