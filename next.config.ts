import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native and wasm-backed database drivers are loaded by Node at run time, not bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "@node-rs/argon2"],
  poweredByHeader: false,
};

export default nextConfig;
