namespace MexcTrader.Core.Decisions.Llm;

/// <summary>Whether calls go to the network, to the record, or to the record first.</summary>
public enum LlmCallMode
{
    /// <summary>Every call goes to the endpoint and is recorded.</summary>
    Live,

    /// <summary>Answers come only from recorded calls by input hash; a missing record is a rejection, never a call.</summary>
    Replay,

    /// <summary>A recorded answer is used when there is one; otherwise the endpoint is called and the answer recorded.</summary>
    RecordThenReplay,
}
