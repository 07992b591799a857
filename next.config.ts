import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native and wasm-backed database drivers are loaded by Node at run time, not bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "@node-rs/argon2"],
  poweredByHeader: false,
  // Admins upload holdings files through a server action; the default 1 MB body limit is too tight.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
};

export default nextConfig;
