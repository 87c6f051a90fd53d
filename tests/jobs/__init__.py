"""Tests of strait_sdk.jobs."""
