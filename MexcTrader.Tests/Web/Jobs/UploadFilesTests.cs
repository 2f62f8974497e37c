using MexcTrader.Web.Jobs;

namespace MexcTrader.Tests.Web.Jobs;

public sealed class UploadFilesTests
{
    [Theory]
    [InlineData("BTCUSDT-1h.csv", "BTCUSDT-1h.csv")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData(@"C:\Users\me\candles 2024.csv.gz", "candles_2024.csv.gz")]
    [InlineData("..", "upload.csv")]
    [InlineData("", "upload.csv")]
    [InlineData(null, "upload.csv")]
    [InlineData(".hidden", "hidden")]
    [InlineData("naïve;rm -rf.csv", "na_ve_rm_-rf.csv")]
    public void SafeName_UntrustedName_KeepsOnlyASafeLastSegment(string? name, string expected)
    {
        Assert.Equal(expected, UploadFiles.SafeName(name));
    }

    [Fact]
    public void NewPath_ThenOriginalName_RoundTripsUnderUploads()
    {
        var path = UploadFiles.NewPath("/data", "../x/BTC-1h.csv");

        Assert.Equal(Path.Combine("/data", UploadFiles.FolderName), Path.GetDirectoryName(path));
        Assert.Equal("BTC-1h.csv", UploadFiles.OriginalName(path));
    }

    [Fact]
    public void SafeName_VeryLongName_KeepsTheEndWithItsExtension()
    {
        var safe = UploadFiles.SafeName(new string('a', 500) + ".csv");

        Assert.Equal(100, safe.Length);
        Assert.EndsWith(".csv", safe, StringComparison.Ordinal);
    }
}
