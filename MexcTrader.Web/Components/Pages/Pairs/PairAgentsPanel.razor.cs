using MexcTrader.Core.Domain;
using MexcTrader.Core.Signals;
using MexcTrader.Core.Signals.Storage;
using Microsoft.AspNetCore.Components;

namespace MexcTrader.Web.Components.Pages.Pairs;

public partial class PairAgentsPanel
{
    private IReadOnlyList<PairAgentView>? _agents;
    private readonly Dictionary<string, AgentForm> _forms = new(StringComparer.Ordinal);
    private string? _loadError;
    private bool _saving;

    [Parameter, EditorRequired]
    public Symbol Symbol { get; set; }

    [Parameter]
    public EventCallback OnClose { get; set; }

    protected override async Task OnInitializedAsync()
    {
        var agents = await Settings.ListAsync(Symbol, Leaving);
        if (!agents.IsSuccess)
        {
            _loadError = agents.Failure.Message;
            return;
        }
        _agents = agents.Value;
        foreach (var agent in _agents)
        {
            _forms[agent.AgentId] = AgentForm.From(agent);
        }
    }

    private async Task SaveAsync(string agentId)
    {
        var form = _forms[agentId];
        form.Saved = null;
        var values = form
            .Values.Where(v => !string.IsNullOrWhiteSpace(v.Value))
            .ToDictionary(v => v.Key, v => v.Value!);
        var check = Settings.Check(Symbol, agentId, values);
        form.Errors = check.IsSuccess
            ? new Dictionary<string, string>(check.Value, StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, string> { [AgentSettingsCheck.FormKey] = check.Failure.Message };
        if (form.Errors.Count > 0)
        {
            return;
        }
        _saving = true;
        try
        {
            var saved = await Settings.SaveAsync(Symbol, agentId, form.Enabled, values, Leaving);
            if (saved.IsSuccess)
            {
                form.Saved = saved.Value.UpdatedAt;
            }
            else
            {
                form.Errors[AgentSettingsCheck.FormKey] = saved.Failure.Message;
            }
        }
        finally
        {
            _saving = false;
        }
    }

    private static string Range(AgentParameterInfo p) =>
        p.Minimum is null ? p.Kind : $"{p.Kind}, {p.Minimum} to {p.Maximum}";

    /// <summary>What the trader is editing for one agent; values are text, as stored.</summary>
    private sealed class AgentForm
    {
        public bool Enabled { get; set; }
        public Dictionary<string, string?> Values { get; } = new(StringComparer.OrdinalIgnoreCase);
        public Dictionary<string, string> Errors { get; set; } = new(StringComparer.OrdinalIgnoreCase);
        public DateTimeOffset? Saved { get; set; }

        public static AgentForm From(PairAgentView view)
        {
            var form = new AgentForm { Enabled = view.Enabled };
            foreach (var p in view.Available)
            {
                form.Values[p.Name] = view.Parameters.TryGetValue(p.Name, out var stored) ? stored : null;
            }
            return form;
        }
    }
}
