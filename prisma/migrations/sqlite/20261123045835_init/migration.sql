-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "defaultLocale" TEXT NOT NULL DEFAULT 'en',
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/Amsterdam',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Installation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "enterpriseId" TEXT,
    "botUserId" TEXT,
    "secretsEnc" TEXT,
    "installedBy" TEXT,
    "installedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" DATETIME,
    CONSTRAINT "Installation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "platformUserId" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/Amsterdam',
    "locale" TEXT NOT NULL DEFAULT 'en',
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

-- CreateTable
CREATE TABLE "Team" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "parentId" TEXT,
    "channelId" TEXT,
    "source" TEXT NOT NULL DEFAULT 'manual',
    "sourceId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Team_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Team_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Team" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'member',
    "joinedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leftAt" DATETIME,
    CONSTRAINT "Membership_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Membership_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Schedule" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "cadence" TEXT NOT NULL DEFAULT 'weekly',
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/Amsterdam',
    "weekday" INTEGER NOT NULL DEFAULT 2,
    "localTime" TEXT NOT NULL DEFAULT '10:00',
    "perPerson" INTEGER NOT NULL DEFAULT 4,
    "reminderAfterDays" INTEGER NOT NULL DEFAULT 1,
    "windowDays" INTEGER NOT NULL DEFAULT 3,
    "nextRunAt" DATETIME,
    CONSTRAINT "Schedule_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Round" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    "week" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "k" INTEGER NOT NULL,
    "commentK" INTEGER NOT NULL,
    "opensAt" DATETIME NOT NULL,
    "closesAt" DATETIME NOT NULL,
    "closedAt" DATETIME,
    "invited" INTEGER NOT NULL DEFAULT 0,
    "respondents" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Round_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Participation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "roundId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'member',
    "token" TEXT,
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

-- CreateTable
CREATE TABLE "Answer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "roundId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "statementId" TEXT NOT NULL,
    "targetKind" TEXT NOT NULL,
    "targetKey" TEXT NOT NULL,
    "scale" TEXT NOT NULL,
    "value" INTEGER,
    "ownerHash" TEXT,
    CONSTRAINT "Answer_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "roundId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "statementId" TEXT,
    "text" TEXT NOT NULL,
    "ownerHash" TEXT,
    CONSTRAINT "Comment_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LeaderRating" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "statementId" TEXT NOT NULL,
    "targetKind" TEXT NOT NULL,
    "targetKey" TEXT NOT NULL,
    "value" INTEGER,
    CONSTRAINT "LeaderRating_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LeaderRating_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RotationState" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "cycle" INTEGER NOT NULL DEFAULT 0,
    "askedIds" TEXT NOT NULL DEFAULT '[]',
    CONSTRAINT "RotationState_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ScoreSnapshot" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "roundId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "week" TEXT NOT NULL,
    "statementId" TEXT,
    "targetKind" TEXT NOT NULL,
    "targetKey" TEXT NOT NULL,
    "scale" TEXT NOT NULL,
    "n" INTEGER NOT NULL,
    "sum" REAL NOT NULL,
    "sumSq" REAL NOT NULL,
    "favourable" INTEGER NOT NULL,
    "promoters" INTEGER NOT NULL,
    "detractors" INTEGER NOT NULL,
    "respondents" INTEGER NOT NULL,
    CONSTRAINT "ScoreSnapshot_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ScoreSnapshot_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "NudgePost" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "roundId" TEXT,
    "nudgeId" TEXT NOT NULL,
    "targetKind" TEXT NOT NULL,
    "targetKey" TEXT NOT NULL,
    "postedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "messageRef" TEXT,
    "baseline" REAL,
    "evaluatedAt" DATETIME,
    "effect" TEXT,
    CONSTRAINT "NudgePost_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "NudgeFeedback" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "nudgePostId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "voterHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "NudgeFeedback_nudgePostId_fkey" FOREIGN KEY ("nudgePostId") REFERENCES "NudgePost" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Job" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "payload" TEXT NOT NULL DEFAULT '{}',
    "status" TEXT NOT NULL DEFAULT 'pending',
    "runAt" DATETIME NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lockedBy" TEXT,
    "lockedUntil" DATETIME,
    "lastError" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ProcessedEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "subject" TEXT,
    "detail" TEXT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "Organization_platform_externalId_key" ON "Organization"("platform", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "Installation_platform_externalId_key" ON "Installation"("platform", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "Person_organizationId_platformUserId_key" ON "Person"("organizationId", "platformUserId");

-- CreateIndex
CREATE INDEX "Team_organizationId_idx" ON "Team"("organizationId");

-- CreateIndex
CREATE INDEX "Membership_personId_idx" ON "Membership"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_teamId_personId_key" ON "Membership"("teamId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "Schedule_teamId_key" ON "Schedule"("teamId");

-- CreateIndex
CREATE INDEX "Round_status_closesAt_idx" ON "Round"("status", "closesAt");

-- CreateIndex
CREATE UNIQUE INDEX "Round_teamId_number_key" ON "Round"("teamId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Participation_token_key" ON "Participation"("token");

-- CreateIndex
CREATE INDEX "Participation_sendAt_idx" ON "Participation"("sendAt");

-- CreateIndex
CREATE UNIQUE INDEX "Participation_roundId_personId_key" ON "Participation"("roundId", "personId");

-- CreateIndex
CREATE INDEX "Answer_roundId_idx" ON "Answer"("roundId");

-- CreateIndex
CREATE UNIQUE INDEX "Answer_ownerHash_statementId_key" ON "Answer"("ownerHash", "statementId");

-- CreateIndex
CREATE INDEX "Comment_teamId_idx" ON "Comment"("teamId");

-- CreateIndex
CREATE UNIQUE INDEX "LeaderRating_personId_roundId_statementId_key" ON "LeaderRating"("personId", "roundId", "statementId");

-- CreateIndex
CREATE UNIQUE INDEX "RotationState_personId_teamId_key" ON "RotationState"("personId", "teamId");

-- CreateIndex
CREATE INDEX "ScoreSnapshot_teamId_week_idx" ON "ScoreSnapshot"("teamId", "week");

-- CreateIndex
CREATE INDEX "ScoreSnapshot_targetKind_week_idx" ON "ScoreSnapshot"("targetKind", "week");

-- CreateIndex
CREATE UNIQUE INDEX "NudgePost_roundId_key" ON "NudgePost"("roundId");

-- CreateIndex
CREATE INDEX "NudgePost_teamId_postedAt_idx" ON "NudgePost"("teamId", "postedAt");

-- CreateIndex
CREATE UNIQUE INDEX "NudgeFeedback_nudgePostId_voterHash_key" ON "NudgeFeedback"("nudgePostId", "voterHash");

-- CreateIndex
CREATE INDEX "Job_status_runAt_idx" ON "Job"("status", "runAt");

-- CreateIndex
CREATE UNIQUE INDEX "Job_kind_key_key" ON "Job"("kind", "key");

-- CreateIndex
CREATE INDEX "AuditLog_organizationId_at_idx" ON "AuditLog"("organizationId", "at");
