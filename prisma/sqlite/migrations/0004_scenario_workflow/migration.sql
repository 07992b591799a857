-- CreateTable
CREATE TABLE "ScenarioEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "scenarioId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "version" INTEGER,
    "fromStatus" TEXT,
    "toStatus" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ScenarioEvent_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "Scenario" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ScenarioEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Scenario" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "advisorId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameSearch" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'draft',
    "latestVersion" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Scenario_advisorId_fkey" FOREIGN KEY ("advisorId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Scenario_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- Backfill (written by hand, not by migrate diff): the search column from the name (SQLite's lower() folds
-- ASCII only; the app writes JavaScript's toLowerCase) and the latest version from the stored versions.
INSERT INTO "new_Scenario" ("advisorId", "clientId", "createdAt", "id", "name", "nameSearch", "latestVersion", "updatedAt") SELECT "advisorId", "clientId", "createdAt", "id", "name", lower("name"), COALESCE((SELECT MAX(v."version") FROM "ScenarioVersion" v WHERE v."scenarioId" = "Scenario"."id"), 1), "updatedAt" FROM "Scenario";
DROP TABLE "Scenario";
ALTER TABLE "new_Scenario" RENAME TO "Scenario";
CREATE INDEX "Scenario_advisorId_clientId_idx" ON "Scenario"("advisorId", "clientId");
CREATE INDEX "Scenario_advisorId_updatedAt_id_idx" ON "Scenario"("advisorId", "updatedAt", "id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ScenarioEvent_scenarioId_createdAt_idx" ON "ScenarioEvent"("scenarioId", "createdAt");

-- Backfill (written by hand): the audit trail of scenarios saved before it existed, one event per stored version,
-- by the scenario's advisor at the version's time.
INSERT INTO "ScenarioEvent" ("id", "scenarioId", "userId", "kind", "version", "createdAt") SELECT 'm0004-' || v."id", v."scenarioId", s."advisorId", CASE WHEN v."version" = 1 THEN 'created' ELSE 'version_saved' END, v."version", v."createdAt" FROM "ScenarioVersion" v JOIN "Scenario" s ON s."id" = v."scenarioId";
