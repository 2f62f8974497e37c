using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange.Mexc.Models;
using MexcTrader.Core.Exchange.Mexc.Protobuf;
using MexcTrader.Core.Exchange.Mexc.WebSocket;

namespace MexcTrader.Tests.Core.Exchange.Mexc.WebSocket;

public sealed class OrderBookSyncTests
{
    private static DepthDelta Delta(long from, long to, decimal bid, decimal qty) =>
        new(from, to, [new PriceLevel(bid, qty)], []);

    private static OrderBookSync Sync(Func<long> lastUpdateId) =>
        new(_ =>
            Task.FromResult(
                Result.Ok(
                    new OrderBookSnapshot(
                        lastUpdateId(),
                        [new PriceLevel(100m, 1m), new PriceLevel(99m, 2m)],
                        [new PriceLevel(101m, 3m)],
                        null
                    )
                )
            )
        );

    [Fact]
    public async Task TrySyncAsync_SnapshotInsideBufferedDeltas_AppliesOnlyTheNewerOnes()
    {
        var sut = Sync(() => 12);
        sut.OnDelta(Delta(5, 10, 98m, 9m)); // older than the snapshot: dropped
        sut.OnDelta(Delta(11, 14, 100m, 0m)); // overlaps: applied (absolute quantities)
        sut.OnDelta(Delta(15, 15, 99m, 5m));

        Assert.True(await sut.TrySyncAsync(default));

        Assert.Equal(15, sut.Version);
        var (bids, asks) = sut.Top(5);
        Assert.Equal([new PriceLevel(99m, 5m)], bids);
        Assert.Equal([new PriceLevel(101m, 3m)], asks);
    }

    [Fact]
    public async Task OnDelta_VersionGap_UnsyncsAndTheNextSnapshotRestarts()
    {
        long last = 10;
        var sut = Sync(() => last);
        sut.OnDelta(Delta(11, 11, 100m, 4m));
        Assert.True(await sut.TrySyncAsync(default));

        var applied = sut.OnDelta(Delta(13, 13, 100m, 7m)); // 12 is missing

        Assert.False(applied);
        Assert.False(sut.IsSynced);
        Assert.Equal(1, sut.Restarts);
        last = 9; // a stale snapshot cannot join a stream that is already at 13
        Assert.False(await sut.TrySyncAsync(default));
        last = 13;
        Assert.True(await sut.TrySyncAsync(default));
        Assert.Equal(13, sut.Version);
    }

    [Fact]
    public async Task OnDelta_PushSpanningTheSnapshotVersion_AppliedNotAGap()
    {
        var sut = Sync(() => 46);
        sut.OnDelta(Delta(45, 45, 98m, 1m)); // older than the snapshot: dropped, leaving nothing buffered
        Assert.True(await sut.TrySyncAsync(default));

        Assert.True(sut.OnDelta(Delta(46, 47, 100m, 7m))); // versions 46..47: 46 was a bump without a change
        Assert.True(sut.OnDelta(Delta(40, 44, 99m, 9m))); // stale: ignored
        Assert.False(sut.OnDelta(Delta(49, 49, 99m, 9m))); // 48 missing

        Assert.Equal(1, sut.Restarts);
        Assert.False(sut.IsSynced);
    }

    [Fact]
    public async Task OnDelta_AfterAPushSpanningTheSnapshot_TheBookHasItsLevels()
    {
        var sut = Sync(() => 46);
        sut.OnDelta(Delta(45, 45, 98m, 1m));
        await sut.TrySyncAsync(default);

        sut.OnDelta(Delta(46, 47, 100m, 7m));
        sut.OnDelta(Delta(40, 44, 99m, 9m));

        Assert.Equal(47, sut.Version);
        Assert.Equal([new PriceLevel(100m, 7m), new PriceLevel(99m, 2m)], sut.Top(5).Bids);
    }

    [Fact]
    public void From_SamplePushWithBadNumber_FailsWithAClearMessage()
    {
        var push = new PublicAggreDepthsV3Api { FromVersion = "43296363236", ToVersion = "x" };

        var result = DepthDelta.From(push);

        Assert.False(result.IsSuccess);
        Assert.Equal("mexc.bad_depth", result.Failure!.Code);
    }
}
