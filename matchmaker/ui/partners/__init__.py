"""The Partners page: suggestions with scores and reasons, a shortlist, and meeting requests."""
