-- The data years a ranking workbook can be written for: every year whose results a loaded
-- report reviews (review_year; report_year - 1 when the review year is unknown).
SELECT DISTINCT CAST(coalesce(review_year, report_year - 1) AS INTEGER) AS year
FROM dim_document
WHERE removed_at IS NULL
  AND negative_reason IS NULL
  AND coalesce(review_year, report_year - 1) IS NOT NULL
ORDER BY year;
