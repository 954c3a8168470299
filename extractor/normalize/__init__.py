"""Pure normalisers (no spaCy): numbers, money, percentages, ranges, periods."""
