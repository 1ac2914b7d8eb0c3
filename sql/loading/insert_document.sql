-- One report found in a source file; the new document_id comes back.
INSERT INTO dim_document (content_hash, source_path, index_in_file, title, region_code, region_name,
                          report_year, review_year, meeting_date, negative_reason, warnings)
VALUES ($content_hash, $source_path, $index_in_file, $title, $region_code, $region_name,
        $report_year, $review_year, $meeting_date, $negative_reason, $warnings)
RETURNING document_id;
