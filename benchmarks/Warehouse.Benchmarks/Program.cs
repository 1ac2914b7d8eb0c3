using Warehouse.Benchmarks;

// One benchmark per file; pick it by name: dotnet run -c Release --project benchmarks/Warehouse.Benchmarks -- <name>
return args.FirstOrDefault() switch
{
    "workbook" => WorkbookBenchmark.Run(),
    _ => Usage(),
};

static int Usage()
{
    Console.WriteLine("benchmarks: workbook (see README)");
    return 2;
}
