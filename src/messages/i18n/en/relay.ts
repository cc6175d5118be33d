/**
 * Anonymous conversations about a comment: the writer allows replies, the
 * leader replies, the bot passes each message on without saying who wrote
 * the comment (see docs/privacy.md, "Conversations about a comment").
 */
export const relay = {
  'relay.allow': 'Allow replies',
  'relay.allow.hint':
    'Your leader can answer this comment once it is shown; the bot passes replies on to you by direct message without telling anyone who you are. The way back to you is deleted {days} days after the comment is shown.',
  'relay.reply': 'Reply',
  'relay.reply.title': 'Reply to a comment',
  'relay.reply.label': 'Your reply',
  'relay.reply.hint':
    'The bot passes your reply on to the person who wrote this comment. You will not learn who they are, nor whether they read it.',
  'relay.answer': 'Answer',
  'relay.answer.title': 'Answer your leader',
  'relay.answer.label': 'Your answer',
  'relay.answer.hint': 'Your answer goes to your leader without your name.',
  'relay.send': 'Send',
  'relay.toWriter.title': 'Your leader replied to your comment',
  'relay.toWriter.comment': 'Your comment: “{comment}”',
  'relay.toWriter.note':
    'Your leader does not know who wrote the comment. You can answer until {date}; your answer is passed on without your name.',
  'relay.toLeader.title': 'An answer to your reply',
  'relay.toLeader.comment': 'About the comment: “{comment}”',
  'relay.toLeader.note':
    'The bot does not say who wrote it. You can reply until {date} with the Reply button under the comment in your report.',
  'relay.sent': 'Your reply was passed on. You will not learn who received it, nor whether it was read.',
  'relay.answered': 'Your answer was passed on to your leader without your name.',
  'relay.expired':
    'This conversation has ended: the way back to the writer is deleted {days} days after a comment is shown. Nothing was sent.',
  'relay.unavailable': 'This comment cannot be answered: its writer did not allow replies. Nothing was sent.',
  'relay.tooMany':
    'This conversation already had {limit} messages from you today. Nothing was sent; try again tomorrow.',
  'relay.notLeader': 'Only a leader of this team can reply to its comments. Nothing was sent.',
  'relay.notYours': 'This conversation is not yours to answer. Nothing was sent.',
  'relay.empty': 'The message was empty, so nothing was sent.',
  'relay.tooLong': 'A message can be at most {max} characters; yours has {length}. Nothing was sent.',
} as const;
