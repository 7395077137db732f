"""Event coding: who did what to whom, as CAMEO-coded reports of one article."""
