"""Accuracy assessment: the founding papers' metrics, the assessment itself, error-adjusted area
estimates and the HTML/CSV/JSON report."""
