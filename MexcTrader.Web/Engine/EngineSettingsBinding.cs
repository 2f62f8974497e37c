namespace MexcTrader.Web.Engine;

/// <summary>
/// The trader's saved settings drive a running session: risk limits and LLM options apply at once on every save; the
/// rule engine's parameters and the LLM on/off switch choose the decision engine, so they apply at the next start.
/// </summary>
internal static class EngineSettingsBinding
{
    public static IDisposable Bind(EngineServices s)
    {
        ArgumentNullException.ThrowIfNull(s);
        s.Risk.UpdateSettings(s.RiskSettings.Current);
        s.LlmSettings.Current.ApplyTo(s.LlmOptions.CurrentValue);
        return new Subscriptions(
            s.RiskSettings.Subscribe(s.Risk.UpdateSettings),
            s.LlmSettings.Subscribe(llm => llm.ApplyTo(s.LlmOptions.CurrentValue))
        );
    }

    private sealed class Subscriptions(params IDisposable[] all) : IDisposable
    {
        public void Dispose()
        {
            foreach (var one in all)
            {
                one.Dispose();
            }
        }
    }
}
