using System.Globalization;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange.Simulated;

namespace MexcTrader.Web.Simulator;

/// <summary>A MEXC error answer: body {"code":..,"msg":..} with HTTP 400 unless said otherwise (spec 4.2).</summary>
internal sealed record WireError(int Code, string Message, int HttpStatus = StatusCodes.Status400BadRequest)
{
    public static WireError Missing(string name) =>
        new(700004, $"Mandatory parameter '{name}' was not sent, was empty/null, or malformed.");

    public static WireError Invalid(string message) => new(33333, message);

    public static WireError From(Failure failure) => new(Rejections.CodeOf(failure), failure.Message);

    public IResult ToResult() => Results.Json(new { code = Code, msg = Message }, statusCode: HttpStatus);

    public override string ToString() => Code.ToString(CultureInfo.InvariantCulture) + " " + Message;
}
