using BenchmarkDotNet.Running;

namespace MexcTrader.Benchmarks;

public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Contains("--quick"))
        {
            QuickRun.Run();
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
