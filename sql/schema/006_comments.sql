-- Table and column comments in English and Chinese, so that analysts browsing the file in
-- DBeaver or `SELECT * FROM duckdb_columns()` see what each thing means.

COMMENT ON TABLE schema_version IS 'Schema scripts applied to this file, in order / 已执行的建库脚本及版本';
COMMENT ON COLUMN schema_version.version IS 'Number of the script (its file-name prefix) / 脚本版本号';
COMMENT ON COLUMN schema_version.applied_at IS 'When it was applied / 执行时间';
COMMENT ON COLUMN schema_version.script IS 'Script file name / 脚本文件名';

COMMENT ON TABLE dim_region IS 'Administrative divisions of GB/T 2260: provinces, prefecture cities, counties / 行政区划维度（GB/T 2260）';
COMMENT ON COLUMN dim_region.region_code IS 'Six-digit division code / 六位行政区划代码';
COMMENT ON COLUMN dim_region.region_name IS 'Full name, e.g. 宝兴县 / 区划全称';
COMMENT ON COLUMN dim_region.level IS 'province | city (prefecture level) | county / 层级：省、地级、县级';
COMMENT ON COLUMN dim_region.parent_code IS 'Code of the prefecture city (counties) or province (cities) / 上级区划代码';
COMMENT ON COLUMN dim_region.parent_name IS 'Name of the parent division / 上级区划名称';
COMMENT ON COLUMN dim_region.province_code IS 'Code of the province / 所属省级代码';
COMMENT ON COLUMN dim_region.province_name IS 'Name of the province / 所属省级名称';

COMMENT ON TABLE dim_indicator IS 'Economic indicators the extractor recognises / 经济指标维度';
COMMENT ON COLUMN dim_indicator.indicator_code IS 'Indicator code (gdp, fai, retail, …) / 指标代码';
COMMENT ON COLUMN dim_indicator.name_zh IS 'Chinese name / 中文名称';
COMMENT ON COLUMN dim_indicator.name_en IS 'English name / 英文名称';
COMMENT ON COLUMN dim_indicator.default_unit IS 'Unit of level values (亿元, 元, %, …) / 总量单位';
COMMENT ON COLUMN dim_indicator.category IS 'output | investment | consumption | fiscal | income | trade | prices | labour | agriculture / 指标类别';

COMMENT ON TABLE dim_year IS 'Calendar years with their five-year plan / 年份维度（含五年规划期）';
COMMENT ON COLUMN dim_year.year IS 'Calendar year / 年份';
COMMENT ON COLUMN dim_year.plan_number IS 'Number of the five-year plan (14 = 十四五) / 五年规划序号';
COMMENT ON COLUMN dim_year.plan_name_zh IS 'Plan name in Chinese (十四五) / 规划期名称';
COMMENT ON COLUMN dim_year.plan_name_en IS 'Plan name in English / 规划期英文名称';
COMMENT ON COLUMN dim_year.plan_start IS 'First year of the plan / 规划期首年';
COMMENT ON COLUMN dim_year.plan_end IS 'Last year of the plan / 规划期末年';

COMMENT ON TABLE dim_document IS 'One row per work report found in a source file (a file may hold several) / 政府工作报告文档维度';
COMMENT ON COLUMN dim_document.document_id IS 'Surrogate key; changes when its file changes / 文档代理键';
COMMENT ON COLUMN dim_document.content_hash IS 'SHA-256 of the source file bytes / 源文件内容哈希';
COMMENT ON COLUMN dim_document.source_path IS 'Path of the source file / 源文件路径';
COMMENT ON COLUMN dim_document.index_in_file IS '0 for the first report in the file, 1 for the next / 文件内序号';
COMMENT ON COLUMN dim_document.title IS 'Title line of the report / 报告标题';
COMMENT ON COLUMN dim_document.region_code IS 'Region the report is about; null when unresolved / 报告所属区划代码';
COMMENT ON COLUMN dim_document.region_name IS 'Region name as resolved or as found in the text / 区划名称';
COMMENT ON COLUMN dim_document.report_year IS 'Year whose targets the report sets / 报告年份';
COMMENT ON COLUMN dim_document.review_year IS 'Year whose results it reviews / 回顾年份';
COMMENT ON COLUMN dim_document.meeting_date IS 'Date of the people''s congress session (YYYY-MM-DD or YYYY-MM) / 会议日期';
COMMENT ON COLUMN dim_document.negative_reason IS 'Why the text is not a work report (no facts taken) / 非工作报告原因';
COMMENT ON COLUMN dim_document.warnings IS 'Notes for analysts (ambiguous region, guessed year) / 识别警告';
COMMENT ON COLUMN dim_document.loaded_at IS 'When it was loaded / 入库时间';
COMMENT ON COLUMN dim_document.removed_at IS 'When its file disappeared from the input; its facts leave the views / 源文件移除时间';

COMMENT ON TABLE fact_indicator IS 'Indicator facts per document, region, indicator, year, kind and measure; no primary key on purpose / 指标事实表';
COMMENT ON COLUMN fact_indicator.document_id IS 'Document the fact was read from / 来源文档';
COMMENT ON COLUMN fact_indicator.region_code IS 'Region the fact is about / 区划代码';
COMMENT ON COLUMN fact_indicator.indicator IS 'Indicator code / 指标代码';
COMMENT ON COLUMN fact_indicator.kind IS 'actual | target | plan | period_actual / 事实类型：实绩、目标、规划、期间实绩';
COMMENT ON COLUMN fact_indicator.year IS 'Year the fact is about (last year for plans and periods) / 所指年份';
COMMENT ON COLUMN fact_indicator.measure IS 'level | growth_pct | avg_growth_pct / 度量：总量、增速、年均增速';
COMMENT ON COLUMN fact_indicator.value IS 'The number (low end of a range) / 数值（区间下限）';
COMMENT ON COLUMN fact_indicator.value_high IS 'High end when the text gives a range / 区间上限';
COMMENT ON COLUMN fact_indicator.unit IS 'Normalised unit (亿元, 元, %, …) / 单位';
COMMENT ON COLUMN fact_indicator.qualifier IS 'exact | about (左右) | at_least (以上) | at_most (以内) / 限定词';
COMMENT ON COLUMN fact_indicator.estimate IS 'Marked 预计 for a year not yet closed / 是否预计数';
COMMENT ON COLUMN fact_indicator.period_start IS 'First year of the period (period_actual) / 期间首年';
COMMENT ON COLUMN fact_indicator.evidence IS 'Exact text the fact was read from / 原文证据';
COMMENT ON COLUMN fact_indicator.raw_start IS 'Offset of the evidence in the source file''s decoded text / 证据在源文件解码文本中的起始位置';
COMMENT ON COLUMN fact_indicator.raw_end IS 'Offset one past its end / 证据结束位置';
COMMENT ON COLUMN fact_indicator.confidence IS 'Extractor confidence 0..1 / 抽取置信度';

COMMENT ON TABLE fact_rank_claim IS 'What a report claims about its own rank (增幅全市第3) / 报告自述排名';
COMMENT ON COLUMN fact_rank_claim.document_id IS 'Document the claim was read from / 来源文档';
COMMENT ON COLUMN fact_rank_claim.region_code IS 'Region making the claim / 区划代码';
COMMENT ON COLUMN fact_rank_claim.indicator IS 'Indicator ranked / 指标代码';
COMMENT ON COLUMN fact_rank_claim.year IS 'Year of the ranked result / 年份';
COMMENT ON COLUMN fact_rank_claim.measure IS 'growth_rank | level_rank / 增速排名或总量排名';
COMMENT ON COLUMN fact_rank_claim.scope IS 'city (全市) | province (全省) | country (全国) / 排名范围';
COMMENT ON COLUMN fact_rank_claim.rank IS 'Claimed rank, 1 = first / 自述名次';
COMMENT ON COLUMN fact_rank_claim.evidence IS 'Exact text of the claim / 原文证据';
COMMENT ON COLUMN fact_rank_claim.raw_start IS 'Offset of the evidence in the source file''s decoded text / 证据在源文件解码文本中的起始位置';
COMMENT ON COLUMN fact_rank_claim.raw_end IS 'Offset one past its end / 证据结束位置';
COMMENT ON COLUMN fact_rank_claim.confidence IS 'Extractor confidence 0..1 / 抽取置信度';

COMMENT ON TABLE fact_correction IS 'Analyst corrections and rejections, keyed by region, indicator, kind, year and measure so they survive reloads; the latest wins / 人工更正';
COMMENT ON COLUMN fact_correction.region_code IS 'Region of the corrected fact / 区划代码';
COMMENT ON COLUMN fact_correction.indicator IS 'Indicator code / 指标代码';
COMMENT ON COLUMN fact_correction.kind IS 'actual | target | plan | period_actual / 事实类型';
COMMENT ON COLUMN fact_correction.year IS 'Year / 年份';
COMMENT ON COLUMN fact_correction.measure IS 'level | growth_pct | avg_growth_pct / 度量';
COMMENT ON COLUMN fact_correction.action IS 'replace (use the value below) | reject (drop the fact) / 更正或剔除';
COMMENT ON COLUMN fact_correction.value IS 'Corrected value / 更正值';
COMMENT ON COLUMN fact_correction.value_high IS 'Corrected high end of a range / 更正区间上限';
COMMENT ON COLUMN fact_correction.qualifier IS 'Corrected qualifier / 更正限定词';
COMMENT ON COLUMN fact_correction.note IS 'Why / 更正说明';
COMMENT ON COLUMN fact_correction.corrected_by IS 'Who / 更正人';
COMMENT ON COLUMN fact_correction.corrected_at IS 'When; the latest correction of a key wins / 更正时间';

COMMENT ON TABLE etl_run IS 'One row per nightly run / 每次运行日志';
COMMENT ON COLUMN etl_run.run_id IS 'Run number / 运行编号';
COMMENT ON COLUMN etl_run.started_at IS 'Start (UTC) / 开始时间';
COMMENT ON COLUMN etl_run.finished_at IS 'End (UTC) / 结束时间';
COMMENT ON COLUMN etl_run.status IS 'running | succeeded | partial | failed / 状态';
COMMENT ON COLUMN etl_run.files_seen IS 'Files found in the input / 扫描文件数';
COMMENT ON COLUMN etl_run.files_new IS 'Files loaded for the first time / 新文件数';
COMMENT ON COLUMN etl_run.files_changed IS 'Files whose content changed and were reloaded / 变更文件数';
COMMENT ON COLUMN etl_run.files_unchanged IS 'Files skipped because unchanged / 未变更文件数';
COMMENT ON COLUMN etl_run.files_skipped IS 'Bad files skipped with a reason / 跳过的问题文件数';
COMMENT ON COLUMN etl_run.files_removed IS 'Files gone from the input, marked removed / 移除文件数';
COMMENT ON COLUMN etl_run.facts_loaded IS 'Facts and rank claims appended / 入库事实数';
COMMENT ON COLUMN etl_run.errors IS 'Errors, one per line / 错误信息';

COMMENT ON TABLE etl_document IS 'One row per file per run: what happened to it / 每次运行的文件处理日志';
COMMENT ON COLUMN etl_document.run_id IS 'Run number / 运行编号';
COMMENT ON COLUMN etl_document.source_path IS 'Source file / 源文件路径';
COMMENT ON COLUMN etl_document.content_hash IS 'SHA-256 of its bytes (null when not hashed) / 内容哈希';
COMMENT ON COLUMN etl_document.status IS 'new | changed | unchanged | skipped | removed / 处理结果';
COMMENT ON COLUMN etl_document.reason IS 'Why a file was skipped / 跳过原因';
COMMENT ON COLUMN etl_document.reports IS 'Reports found in the file / 报告数';
COMMENT ON COLUMN etl_document.facts IS 'Facts loaded from it / 事实数';

COMMENT ON TABLE etl_source_file IS 'Last known state of every source file, for incremental runs / 源文件状态（增量加载用）';
COMMENT ON COLUMN etl_source_file.source_path IS 'Source file / 源文件路径';
COMMENT ON COLUMN etl_source_file.content_hash IS 'SHA-256 of the bytes last loaded / 最近一次内容哈希';
COMMENT ON COLUMN etl_source_file.size_bytes IS 'Size when last hashed / 文件大小';
COMMENT ON COLUMN etl_source_file.modified_at IS 'Modification time when last hashed (UTC) / 修改时间';
COMMENT ON COLUMN etl_source_file.first_run_id IS 'Run that first saw it / 首次出现的运行';
COMMENT ON COLUMN etl_source_file.last_run_id IS 'Last run that saw it / 最近出现的运行';
COMMENT ON COLUMN etl_source_file.status IS 'loaded | skipped / 状态';
COMMENT ON COLUMN etl_source_file.removed_at IS 'When it disappeared from the input / 移除时间';

COMMENT ON TABLE etl_dimension_source IS 'Fingerprint of the reference data each dimension was filled from / 维度数据来源指纹';
COMMENT ON COLUMN etl_dimension_source.dimension IS 'Dimension table / 维度表';
COMMENT ON COLUMN etl_dimension_source.fingerprint IS 'SHA-256 of its rows as loaded / 指纹';
COMMENT ON COLUMN etl_dimension_source.row_count IS 'Rows loaded / 行数';
COMMENT ON COLUMN etl_dimension_source.loaded_at IS 'When / 加载时间';
