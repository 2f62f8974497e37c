namespace MexcTrader.Web.Jobs;

/// <summary>Names of saved uploads: "&lt;guid&gt;-&lt;safe original name&gt;" in the data folder's uploads/.</summary>
public static class UploadFiles
{
    public const string FolderName = "uploads";
    private const int MaxNameLength = 100;

    /// <summary>The file name without any path, with only letters, digits, '.', '-' and '_' kept.</summary>
    public static string SafeName(string? fileName)
    {
        // Browsers and scripts may send "C:\dir\x.csv" or "../x.csv"; only the last segment is the name.
        var last = (fileName ?? "").Replace('\\', '/').Split('/')[^1];
        var safe = new string([
            .. last.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_'),
        ]).TrimStart('.');
        if (safe.Length > MaxNameLength)
        {
            safe = safe[^MaxNameLength..];
        }
        return safe.Length == 0 ? "upload.csv" : safe;
    }

    public static string NewPath(string dataFolder, string? fileName) =>
        Path.Combine(dataFolder, FolderName, $"{Guid.NewGuid():N}-{SafeName(fileName)}");

    /// <summary>The safe original name back from a saved path.</summary>
    public static string OriginalName(string path)
    {
        var name = Path.GetFileName(path);
        var dash = name.IndexOf('-', StringComparison.Ordinal);
        return dash == 32 ? name[(dash + 1)..] : name;
    }
}
