using System.Diagnostics.CodeAnalysis;

namespace MexcTrader.Core.Domain;

/// <summary>A value or the <see cref="Domain.Failure"/> that prevented it.</summary>
public sealed class Result<T>
{
    private readonly T? _value;

    internal Result(T? value, Failure? failure) => (_value, Failure) = (value, failure);

    public Failure? Failure { get; }

    [MemberNotNullWhen(false, nameof(Failure))]
    public bool IsSuccess => Failure is null;

    public T Value => IsSuccess ? _value! : throw new InvalidOperationException($"Result failed: {Failure}");
}

/// <summary>Factories for <see cref="Result{T}"/> (kept outside the generic type, CA1000).</summary>
public static class Result
{
    public static Result<T> Ok<T>(T value) => new(value, null);

    public static Result<T> Fail<T>(Failure failure) => new(default, failure);

    public static Result<T> Fail<T>(string code, string message) => new(default, new Failure(code, message));
}
