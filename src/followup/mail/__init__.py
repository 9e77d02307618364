"""Mail: messages as standard files (.eml) now; sending (SMTP) and drafts in the user's mailbox (IMAP)
belong here too."""
