-- What each document is, as the classifier named it (DocumentKinds.Name in intake, the
-- document_kind of `warehouse extract --format jsonl`): full_report, untitled_report,
-- national_report, relayed_report for reports; statistical_bulletin, execution_report,
-- congress_report, organisation_report, fiction, template, commentary, not_a_report for the
-- look-alikes, whose negative_reason keeps the words that gave them away. Documents loaded
-- before this version keep NULL (not recorded) until their file is loaded again.

ALTER TABLE dim_document ADD COLUMN IF NOT EXISTS document_kind VARCHAR;

COMMENT ON COLUMN dim_document.document_kind IS 'What the document is: full_report | untitled_report | national_report | relayed_report, or a look-alike (statistical_bulletin, execution_report, congress_report, organisation_report, fiction, template, commentary, not_a_report); null when loaded before schema 009 / 文档类型：全文、无标题全文、国务院报告、转述报告或非报告类型';
