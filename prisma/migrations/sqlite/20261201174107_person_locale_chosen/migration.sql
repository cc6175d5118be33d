-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Person" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "platformUserId" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/Amsterdam',
    "locale" TEXT NOT NULL DEFAULT 'en',
    "localeChosen" BOOLEAN NOT NULL DEFAULT false,
    "workingDays" TEXT NOT NULL DEFAULT '1,2,3,4,5',
    "workStart" TEXT NOT NULL DEFAULT '09:00',
    "workEnd" TEXT NOT NULL DEFAULT '17:00',
    "paused" BOOLEAN NOT NULL DEFAULT false,
    "optedOut" BOOLEAN NOT NULL DEFAULT false,
    "outOfOfficeFrom" DATETIME,
    "outOfOfficeTo" DATETIME,
    "isHr" BOOLEAN NOT NULL DEFAULT false,
    "isAdmin" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Person_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Person" ("active", "createdAt", "displayName", "id", "isAdmin", "isHr", "locale", "optedOut", "organizationId", "outOfOfficeFrom", "outOfOfficeTo", "paused", "platformUserId", "timeZone", "workEnd", "workStart", "workingDays") SELECT "active", "createdAt", "displayName", "id", "isAdmin", "isHr", "locale", "optedOut", "organizationId", "outOfOfficeFrom", "outOfOfficeTo", "paused", "platformUserId", "timeZone", "workEnd", "workStart", "workingDays" FROM "Person";
DROP TABLE "Person";
ALTER TABLE "new_Person" RENAME TO "Person";
CREATE UNIQUE INDEX "Person_organizationId_platformUserId_key" ON "Person"("organizationId", "platformUserId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
