-- DropIndex
DROP INDEX "Participation_token_key";

-- AlterTable
ALTER TABLE "Participation" DROP COLUMN "token",
ADD COLUMN     "tokenDigest" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Participation_tokenDigest_key" ON "Participation"("tokenDigest");

-- One comment per person per round from now on: of an open round's earlier
-- comments by one person, the one with the greatest id stays.
DELETE FROM "Comment" WHERE "ownerHash" IS NOT NULL AND "id" NOT IN (
  SELECT MAX("id") FROM "Comment" WHERE "ownerHash" IS NOT NULL GROUP BY "roundId", "ownerHash"
);

-- CreateIndex
CREATE UNIQUE INDEX "Comment_roundId_ownerHash_key" ON "Comment"("roundId", "ownerHash");
