namespace Warehouse.Extraction.Sections;

/// <summary>What a stretch of a report talks about, which decides a figure's kind and year.</summary>
public enum SectionKind
{
    /// <summary>Last year's results (工作回顾): actual facts of the review year.</summary>
    Review,

    /// <summary>The multi-year review (十三五回顾, 过去五年): period results.</summary>
    PeriodReview,

    /// <summary>This year's goals (主要预期目标, 目标是): targets of the report year.</summary>
    Targets,

    /// <summary>The five-year plan (十四五目标, 到2025年): plan facts of the plan's last year.</summary>
    Plan,

    /// <summary>This year's work (工作安排, 重点工作): stated goals are targets, less certain.</summary>
    WorkPlan,

    /// <summary>Long-range visions (2035年远景目标) and the like: no facts.</summary>
    Other,
}
