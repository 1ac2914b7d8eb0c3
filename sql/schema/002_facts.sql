-- Fact tables. No primary keys on purpose: they slow the Appender several-fold. A document's
-- facts are replaced as one batch (DELETE by document_id + append) inside one transaction.

CREATE TABLE IF NOT EXISTS fact_indicator (
    document_id   BIGINT NOT NULL,
    region_code   VARCHAR,
    indicator     VARCHAR NOT NULL,
    kind          VARCHAR NOT NULL,       -- actual | target | plan | period_actual
    year          INTEGER NOT NULL,
    measure       VARCHAR NOT NULL,       -- level | growth_pct | avg_growth_pct
    value         DOUBLE NOT NULL,
    value_high    DOUBLE,
    unit          VARCHAR,
    qualifier     VARCHAR NOT NULL,       -- exact | about | at_least | at_most
    estimate      BOOLEAN NOT NULL,
    period_start  INTEGER,
    evidence      VARCHAR NOT NULL,
    raw_start     INTEGER NOT NULL,
    raw_end       INTEGER NOT NULL,
    confidence    DOUBLE NOT NULL
);

-- What a report claims about its own rank (增幅全市第3).
CREATE TABLE IF NOT EXISTS fact_rank_claim (
    document_id   BIGINT NOT NULL,
    region_code   VARCHAR,
    indicator     VARCHAR NOT NULL,
    year          INTEGER NOT NULL,
    measure       VARCHAR NOT NULL,       -- growth_rank | level_rank
    scope         VARCHAR NOT NULL,       -- city | province | country
    rank          INTEGER NOT NULL,
    evidence      VARCHAR NOT NULL,
    raw_start     INTEGER NOT NULL,
    raw_end       INTEGER NOT NULL,
    confidence    DOUBLE NOT NULL
);

-- An analyst's correction or rejection of a fact. Keyed by what the fact is about (region,
-- indicator, kind, year, measure), not by document_id, so it still applies after the
-- document is reloaded.
CREATE TABLE IF NOT EXISTS fact_correction (
    region_code     VARCHAR NOT NULL,
    indicator       VARCHAR NOT NULL,
    kind            VARCHAR NOT NULL,
    year            INTEGER NOT NULL,
    measure         VARCHAR NOT NULL,
    action          VARCHAR NOT NULL,     -- replace | reject
    value           DOUBLE,
    value_high      DOUBLE,
    qualifier       VARCHAR,
    note            VARCHAR,
    corrected_by    VARCHAR,
    corrected_at    TIMESTAMP NOT NULL DEFAULT current_timestamp
);
