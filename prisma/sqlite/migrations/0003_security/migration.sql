-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "LoginThrottle";
PRAGMA foreign_keys=on;

-- CreateTable
CREATE TABLE "RateCounter" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "count" INTEGER NOT NULL,
    "expiresAt" BIGINT NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "firmId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'ADVISOR',
    "passwordHash" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "User_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_User" ("createdAt", "email", "firmId", "id", "locale", "name", "passwordHash", "role", "updatedAt") SELECT "createdAt", "email", "firmId", "id", "locale", "name", "passwordHash", "role", "updatedAt" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE TABLE "new_Client" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "advisorId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameSearch" TEXT NOT NULL,
    "email" TEXT,
    "homeMarket" TEXT NOT NULL,
    "riskTolerance" INTEGER NOT NULL,
    "horizonYears" INTEGER NOT NULL,
    "investableAssets" REAL NOT NULL,
    "currency" TEXT NOT NULL,
    "maxFeeBps" INTEGER,
    "excludedRegions" TEXT NOT NULL DEFAULT '[]',
    "maxSmallCapShare" REAL,
    "passiveOnly" BOOLEAN NOT NULL DEFAULT false,
    "currentAllocation" TEXT,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Client_advisorId_fkey" FOREIGN KEY ("advisorId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Client" ("advisorId", "archivedAt", "createdAt", "currency", "currentAllocation", "email", "excludedRegions", "homeMarket", "horizonYears", "id", "investableAssets", "maxFeeBps", "maxSmallCapShare", "name", "nameSearch", "notes", "passiveOnly", "riskTolerance", "updatedAt") SELECT "advisorId", "archivedAt", "createdAt", "currency", "currentAllocation", "email", "excludedRegions", "homeMarket", "horizonYears", "id", "investableAssets", "maxFeeBps", "maxSmallCapShare", "name", "nameSearch", "notes", "passiveOnly", "riskTolerance", "updatedAt" FROM "Client";
DROP TABLE "Client";
ALTER TABLE "new_Client" RENAME TO "Client";
CREATE INDEX "Client_advisorId_archivedAt_idx" ON "Client"("advisorId", "archivedAt");
CREATE TABLE "new_ReferenceFigure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "scope" TEXT NOT NULL DEFAULT 'global',
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "labelKo" TEXT NOT NULL,
    "value" REAL NOT NULL,
    "valueHigh" REAL,
    "comparator" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "region" TEXT,
    "size" TEXT,
    "metric" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "asOf" TEXT NOT NULL,
    "note" TEXT,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_ReferenceFigure" ("asOf", "comparator", "id", "key", "label", "labelKo", "metric", "note", "region", "size", "source", "unit", "updatedAt", "value", "valueHigh") SELECT "asOf", "comparator", "id", "key", "label", "labelKo", "metric", "note", "region", "size", "source", "unit", "updatedAt", "value", "valueHigh" FROM "ReferenceFigure";
DROP TABLE "ReferenceFigure";
ALTER TABLE "new_ReferenceFigure" RENAME TO "ReferenceFigure";
CREATE UNIQUE INDEX "ReferenceFigure_scope_key_key" ON "ReferenceFigure"("scope", "key");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "RateCounter_expiresAt_idx" ON "RateCounter"("expiresAt");

