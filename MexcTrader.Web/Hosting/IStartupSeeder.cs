namespace MexcTrader.Web.Hosting;

/// <summary>Work that fills an empty store at start-up, after migrations (e.g. the demo sample).</summary>
public interface IStartupSeeder
{
    Task SeedAsync(CancellationToken ct);
}
