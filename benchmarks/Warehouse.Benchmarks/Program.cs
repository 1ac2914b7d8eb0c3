using Warehouse.Benchmarks;

// One benchmark per file; pick it by name:
//   dotnet run -c Release --project benchmarks/Warehouse.Benchmarks -- <name> [arguments]
return args.FirstOrDefault() switch
{
    "duckdb-insert" => DuckDbInsertBenchmark.Run(args[1..]),
    "scheduler" => SchedulerBenchmark.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Warehouse.Benchmarks <name> [arguments]; names: duckdb-insert, scheduler");
    return 2;
}
