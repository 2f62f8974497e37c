namespace MexcTrader.Core.Exchange;

/// <summary>Account flags and balances as the exchange reports them.</summary>
public sealed record ExchangeAccount(
    bool CanTrade,
    bool CanWithdraw,
    bool CanDeposit,
    string AccountType,
    IReadOnlyList<AccountBalance> Balances
);
