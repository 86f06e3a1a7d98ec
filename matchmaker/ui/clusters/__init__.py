"""The Clusters page: the clusters, each cluster's members, and adding or removing members (undoable)."""
