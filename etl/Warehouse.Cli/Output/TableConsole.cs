using Spectre.Console;

namespace Warehouse.Cli.Output;

/// <summary>The console `extract --format table` writes its tables to.</summary>
internal static class TableConsole
{
    /// <summary>Piped output has no terminal width; a console wide enough keeps evidence and reasons on one line.</summary>
    private const int PipedWidth = 220;

    public static IAnsiConsole Create()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        if (Console.IsOutputRedirected)
        {
            console.Profile.Width = PipedWidth;
        }

        return console;
    }
}
