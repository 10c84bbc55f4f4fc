"""Windows for words: the send-check and the quick replies."""
