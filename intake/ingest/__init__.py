"""Taking mail in: files and IMAP through the pipeline into the store, once each."""
