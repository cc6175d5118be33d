-- AlterTable
ALTER TABLE "Comment" ADD COLUMN     "replySeal" TEXT;

-- CreateTable
CREATE TABLE "CommentRelay" (
    "id" TEXT NOT NULL,
    "commentId" TEXT NOT NULL,
    "leaderId" TEXT NOT NULL,
    "windowStartsAt" TIMESTAMP(3) NOT NULL,
    "leaderSent" INTEGER NOT NULL DEFAULT 0,
    "writerSent" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CommentRelay_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CommentRelay_commentId_key" ON "CommentRelay"("commentId");

-- AddForeignKey
ALTER TABLE "CommentRelay" ADD CONSTRAINT "CommentRelay_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
