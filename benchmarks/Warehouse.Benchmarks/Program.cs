using Warehouse.Benchmarks;

// One benchmark per file, picked by name:
//   dotnet run -c Release --project benchmarks/Warehouse.Benchmarks -- <name> [arguments]
return args.FirstOrDefault() switch
{
    "closedxml" => ClosedXmlBenchmark.Run(args[1..]),
    "closedxml-write" => ClosedXmlBenchmark.Write(args[1..]),
    "duckdb-insert" => DuckDbInsertBenchmark.Run(args[1..]),
    "extraction" => ExtractionBenchmark.Run(args[1..]),
    "intake" => IntakeBenchmark.Run(args[1..]),
    "loading" => LoadingBenchmark.Run(args[1..]),
    "load-replay" => LoadReplay.Run(args[1..]),
    "national" => NationalBenchmark.Run(args[1..]),
    "national-corpus" => NationalCorpus.Run(args[1..]),
    "national-run" => NationalRun.Run(args[1..]),
    "workbook" => WorkbookBenchmark.Run(args[1..]),
    "scheduler" => SchedulerBenchmark.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Warehouse.Benchmarks <name> [arguments]; names: closedxml, duckdb-insert, extraction, intake, loading, load-replay, national, national-corpus, workbook, scheduler");
    return 2;
}
