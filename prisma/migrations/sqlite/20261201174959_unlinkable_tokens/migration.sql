-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Participation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "roundId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'member',
    "tokenDigest" TEXT,
    "statementIds" TEXT,
    "sendAt" DATETIME NOT NULL,
    "sentAt" DATETIME,
    "remindAt" DATETIME,
    "remindedAt" DATETIME,
    "answered" BOOLEAN NOT NULL DEFAULT false,
    "messageRef" TEXT,
    CONSTRAINT "Participation_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Participation_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Participation" ("answered", "id", "messageRef", "personId", "remindAt", "remindedAt", "role", "roundId", "sendAt", "sentAt", "statementIds") SELECT "answered", "id", "messageRef", "personId", "remindAt", "remindedAt", "role", "roundId", "sendAt", "sentAt", "statementIds" FROM "Participation";
DROP TABLE "Participation";
ALTER TABLE "new_Participation" RENAME TO "Participation";
CREATE UNIQUE INDEX "Participation_tokenDigest_key" ON "Participation"("tokenDigest");
CREATE INDEX "Participation_sendAt_idx" ON "Participation"("sendAt");
CREATE UNIQUE INDEX "Participation_roundId_personId_key" ON "Participation"("roundId", "personId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- One comment per person per round from now on: of an open round's earlier
-- comments by one person, the one with the greatest id stays.
DELETE FROM "Comment" WHERE "ownerHash" IS NOT NULL AND "id" NOT IN (
  SELECT MAX("id") FROM "Comment" WHERE "ownerHash" IS NOT NULL GROUP BY "roundId", "ownerHash"
);

-- CreateIndex
CREATE UNIQUE INDEX "Comment_roundId_ownerHash_key" ON "Comment"("roundId", "ownerHash");
