-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "conversationRef" TEXT;

-- Team sources use neutral words: a platform group, not a Slack user group.
UPDATE "Team" SET "source" = 'group' WHERE "source" = 'usergroup';
