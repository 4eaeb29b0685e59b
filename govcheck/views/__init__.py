"""Ministries' and planners' views built on runs: portfolio, diff, starters."""
