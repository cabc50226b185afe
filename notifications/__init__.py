"""Messages to the people who act on them, where they read: Zalo (ZNS template messages) or
SMS through a Vietnamese gateway, chosen per person, with e-mail as the fallback; phone
numbers confirmed by a code; every message stored with its delivery status and retried
through the task queue."""
