"""Registers the Clusters page (the code lives in matchmaker.ui.clusters)."""

from matchmaker.ui.clusters.page import ClustersPage

__all__ = ["ClustersPage"]
