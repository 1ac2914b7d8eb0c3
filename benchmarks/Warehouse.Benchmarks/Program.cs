using Warehouse.Benchmarks;

// One benchmark per file, picked by name:
//   dotnet run -c Release --project benchmarks/Warehouse.Benchmarks -- <name> [args]
return args.FirstOrDefault() switch
{
    "intake" => IntakeBenchmark.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Warehouse.Benchmarks <name> [args]; names: intake");
    return 2;
}
