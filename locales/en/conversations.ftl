## A question left open too long (handlers/stale.py)
conversation-expired = ⏳ The previous question went unanswered for over an hour: I'm not taking this message for it. Send the command again to go on.
