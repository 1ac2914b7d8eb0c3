using System.Diagnostics;

namespace Warehouse.Reports.Tests;

/// <summary>
/// Runs LibreOffice headless (installed by prerequisites.sh) with a private profile folder, so
/// that parallel test runs never share one profile.
/// </summary>
internal static class LibreOffice
{
    /// <summary>Converts <paramref name="input"/> with a --convert-to filter; returns the output folder's new files.</summary>
    public static IReadOnlyList<string> Convert(string input, string filter, string outputFolder)
    {
        Directory.CreateDirectory(outputFolder);
        var profile = Directory.CreateTempSubdirectory("lo-profile-").FullName;
        try
        {
            var start = new ProcessStartInfo("soffice")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in new[] { $"-env:UserInstallation=file://{profile}", "--headless", "--norestore", "--convert-to", filter, "--outdir", outputFolder, input })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start; run tests/Warehouse.Reports.Tests/prerequisites.sh.");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"soffice --convert-to {filter} {input} did not finish in 3 minutes.");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"soffice exited with {process.ExitCode}: {output.Result} {error.Result}");
            }

            return Directory.GetFiles(outputFolder);
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }
}
