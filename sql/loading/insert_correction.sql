-- An analyst's correction (action replace) or rejection (action reject) of a fact.
INSERT INTO fact_correction (region_code, indicator, kind, year, measure, action, value, value_high,
                             qualifier, note, corrected_by, corrected_at)
VALUES ($region_code, $indicator, $kind, $year, $measure, $action, $value, $value_high,
        $qualifier, $note, $corrected_by, current_timestamp);
