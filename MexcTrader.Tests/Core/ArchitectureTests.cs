using System.Reflection;
using MexcTrader.Core.Persistence;

namespace MexcTrader.Tests.Core;

public sealed class ArchitectureTests
{
    [Fact]
    public void Core_ReferencesNoAspNetCoreMudBlazorOrHangfire()
    {
        var forbidden = new[] { "Microsoft.AspNetCore", "MudBlazor", "Hangfire" };
        var core = typeof(TradingDbContext).Assembly;

        var offending = Closure(core)
            .Where(name => forbidden.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal)))
            .ToList();

        Assert.Empty(offending);
        Assert.Contains("Microsoft.EntityFrameworkCore", Closure(core)); // the walk does reach dependencies
    }

    private static HashSet<string> Closure(Assembly root)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<AssemblyName>(root.GetReferencedAssemblies());
        while (pending.TryPop(out var name))
        {
            if (name.Name is null || !seen.Add(name.Name) || name.Name.StartsWith("System", StringComparison.Ordinal))
            {
                continue;
            }
            try
            {
                foreach (var child in Assembly.Load(name).GetReferencedAssemblies())
                {
                    pending.Push(child);
                }
            }
            catch (FileNotFoundException)
            {
                // platform facades not shipped beside the tests; their names were still checked
            }
        }
        return seen;
    }
}
