using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Warehouse.Scheduling.Dashboard;

/// <summary>
/// When a token is configured, every page but /healthz needs it: as "Authorization: Bearer …",
/// or as a cookie that a first visit to any page with ?token=… sets (then the address is
/// cleaned of it). The cookie is HttpOnly and SameSite=Strict, so another site cannot make the
/// browser post "run now" with it.
/// </summary>
public sealed class TokenGate(string token)
{
    public const string CookieName = "warehouse_token";

    private readonly byte[] _expected = Encoding.UTF8.GetBytes(token);

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Request.Path.Equals("/healthz", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        var fromQuery = context.Request.Query["token"].ToString();
        if (fromQuery.Length > 0 && Matches(fromQuery))
        {
            context.Response.Cookies.Append(CookieName, fromQuery, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Path = "/",
            });
            context.Response.Redirect(context.Request.PathBase + context.Request.Path);
            return;
        }

        var header = context.Request.Headers.Authorization.ToString();
        var bearer = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : "";
        var cookie = context.Request.Cookies[CookieName] ?? "";
        if (Matches(bearer) || Matches(cookie))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync("This dashboard needs its token: send \"Authorization: Bearer <token>\", or open any page once with ?token=<token>.");
    }

    /// <summary>Constant-time, so the comparison does not tell how much of a guess was right.</summary>
    private bool Matches(string candidate) =>
        candidate.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), _expected);
}
