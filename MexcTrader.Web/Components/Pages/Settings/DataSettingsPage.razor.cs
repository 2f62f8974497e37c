using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData.History;
using MexcTrader.Web.Hosting;
using MexcTrader.Web.Jobs;
using MexcTrader.Web.State;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Options;
using MudBlazor;
using DomainSymbol = MexcTrader.Core.Domain.Symbol;

namespace MexcTrader.Web.Components.Pages.Settings;

/// <summary>Upload candle files into the store and watch their import jobs.</summary>
public partial class DataSettingsPage
{
    private MudForm? _form;
    private string? _symbolText;
    private Interval? _interval = Interval.OneHour;
    private IBrowserFile? _file;
    private bool _submitting;
    private string? _submitError;
    private string? _jobId;
    private IReadOnlyList<CandleSeriesInfo>? _series;
    private string _completedJobs = "";
    private IDisposable? _subscription;

    [Inject]
    private IServiceProvider Services { get; set; } = default!;

    [Inject]
    private ImportJobTracker Tracker { get; set; } = default!;

    [Inject]
    private CandleReader Reader { get; set; } = default!;

    [Inject]
    private IOptions<UiOptions> UiOptions { get; set; } = default!;

    [Inject]
    private ILogger<DataSettingsPage> Log { get; set; } = default!;

    private UiOptions Limits => UiOptions.Value;

    // resolved, not injected: a host without the job system (or before it is wired) still shows the page
    private IImportJobLauncher? Launcher => Services.GetService<IImportJobLauncher>();

    protected override async Task OnInitializedAsync()
    {
        _subscription = Tracker.Subscribe(() => InvokeAsync(OnJobsChangedAsync));
        _completedJobs = CompletedJobs();
        _series = await Reader.ListSeriesAsync(Leaving);
    }

    private static string? ValidateSymbol(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "Enter the pair the file holds, such as BTCUSDT.";
        }
        return DomainSymbol.TryParse(text, out _)
            ? null
            : $"'{text.Trim()}' is not a pair: use 2-{DomainSymbol.MaxLength} letters or digits, such as BTCUSDT.";
    }

    private string? ValidateFile(IBrowserFile? file)
    {
        if (file is null)
        {
            return "Choose a .csv or .csv.gz file.";
        }
        if (
            !file.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
            && !file.Name.EndsWith(".csv.gz", StringComparison.OrdinalIgnoreCase)
        )
        {
            return $"'{file.Name}' is not a .csv or .csv.gz file.";
        }
        if (file.Size == 0)
        {
            return $"'{file.Name}' is empty.";
        }
        return file.Size > Limits.MaxUploadBytes
            ? $"'{file.Name}' is {Megabytes(file.Size)} MB; the limit is {Limits.MaxUploadMegabytes} MB."
            : null;
    }

    private async Task SubmitAsync()
    {
        _submitError = null;
        if (_form is null || Launcher is not { } launcher)
        {
            return;
        }
        await _form.ValidateAsync();
        if (!_form.IsValid || _file is null || _interval is not { } interval)
        {
            return;
        }
        var symbol = new DomainSymbol(_symbolText!.Trim().ToUpperInvariant());
        _submitting = true;
        try
        {
            await using var upload = _file.OpenReadStream(Limits.MaxUploadBytes, Leaving);
            _jobId = await launcher.EnqueueAsync(upload, _file.Name, symbol, interval, Leaving);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.LogWarning(ex, "Upload of {File} for {Symbol} failed", _file.Name, symbol);
            _submitError = $"The upload failed: {ex.Message} Nothing was imported; the form is kept, so try again.";
        }
        finally
        {
            _submitting = false;
        }
    }

    private async Task OnJobsChangedAsync()
    {
        if (Leaving.IsCancellationRequested)
        {
            return;
        }
        var completed = CompletedJobs();
        if (completed != _completedJobs)
        {
            // a finished import changed the store: show its new counts
            _completedJobs = completed;
            _series = await Reader.ListSeriesAsync(Leaving);
        }
        StateHasChanged();
    }

    private string CompletedJobs() =>
        string.Join(',', Tracker.Recent.Where(j => j.Progress.Stage == ImportStage.Completed).Select(j => j.JobId));

    private static string Megabytes(long bytes) =>
        (bytes / 1024.0 / 1024.0).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _subscription?.Dispose();
        }
        base.Dispose(disposing);
    }
}
