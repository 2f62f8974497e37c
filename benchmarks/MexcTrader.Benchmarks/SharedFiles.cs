namespace MexcTrader.Benchmarks;

/// <summary>
/// Locates files of the team's shared/ folder (benchmarks may read it; the product never does): through
/// MEXCTRADER_SHARED, or by walking up from the working and base directories.
/// </summary>
internal static class SharedFiles
{
    public static string Locate(string relativePath)
    {
        var configured = Environment.GetEnvironmentVariable("MEXCTRADER_SHARED");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.Combine(configured, relativePath);
        }
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", relativePath);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        throw new FileNotFoundException($"shared/{relativePath} not found; set MEXCTRADER_SHARED.");
    }
}
