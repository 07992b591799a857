import { inject } from "vitest";

// Runs before each test file imports the app's modules, so lib/db/prisma connects to this run's database.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "integration-test-secret-0123456789";
