namespace MexcTrader.Tests.TestKit;

/// <summary>
/// The team's real market data and reference values (../shared beside the checkout). Tests and benchmarks may
/// read it; the product never does.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> Root = new(FindRoot);

    /// <summary>Full path of a file under shared/, e.g. "data/binance-spot/BTCUSDT-1h.csv".</summary>
    public static string File(string relativePath)
    {
        var root =
            Root.Value
            ?? throw new InvalidOperationException(
                "The shared/ folder (real market data) was not found beside the checkout or in MEXCTRADER_SHARED."
            );
        var path = Path.Combine(root, relativePath);
        return System.IO.File.Exists(path) ? path : throw new FileNotFoundException("Shared data file missing.", path);
    }

    private static string? FindRoot()
    {
        var configured = Environment.GetEnvironmentVariable("MEXCTRADER_SHARED");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate) && Directory.Exists(Path.Combine(dir.FullName, "shared", "reference")))
            {
                return Path.Combine(dir.FullName, "shared");
            }
        }
        return null;
    }
}
