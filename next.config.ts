import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./lib/security/headers";

const nextConfig: NextConfig = {
  // Native and wasm-backed database drivers, and pdfkit (it reads its own data files: lib/report), are loaded by
  // Node at run time, not bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "@node-rs/argon2", "ioredis", "pdfkit", "pg-boss"],
  poweredByHeader: false,
  experimental: {
    // Admins upload holdings files through a server action; the default 1 MB body limit is too tight.
    serverActions: { bodySizeLimit: "8mb" },
    // forbidden() answers HTTP 403 with app/forbidden.tsx (used by requireAdmin).
    authInterrupts: true,
  },
  // proxy.ts sets these (and the CSP) on pages; build assets, which it does not see, get the static ones here.
  async headers() {
    return [{ source: "/:path*", headers: Object.entries(STATIC_SECURITY_HEADERS).map(([key, value]) => ({ key, value })) }];
  },
};

export default nextConfig;
