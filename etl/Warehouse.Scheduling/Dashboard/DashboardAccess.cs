using System.Security.Cryptography;
using System.Text;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Http;

namespace Warehouse.Scheduling.Dashboard;

/// <summary>
/// Who may use the dashboard. Without a token the host listens on loopback only (checked on the
/// addresses actually bound, see <see cref="LoopbackGuard"/>), so every request is local and
/// allowed. With a token, every page but /healthz needs it: as "Authorization: Bearer …", or as
/// the cookie that a first visit to any page with ?token=… sets. The cookie is HttpOnly and
/// SameSite=Strict, so another site cannot make a browser send it.
/// Hangfire's pages ask through <see cref="IDashboardAuthorizationFilter"/>, ours through <see cref="Allows"/>.
/// </summary>
public sealed class DashboardAccess(string? token) : IDashboardAuthorizationFilter
{
    public const string CookieName = "warehouse_token";

    private readonly byte[]? _expected = string.IsNullOrWhiteSpace(token) ? null : Encoding.UTF8.GetBytes(token);

    public bool Authorize(DashboardContext context) => Allows(((AspNetCoreDashboardContext)context).HttpContext);

    public bool Allows(HttpContext context)
    {
        if (_expected is null)
        {
            return true;
        }

        var header = context.Request.Headers.Authorization.ToString();
        var bearer = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : "";
        return Matches(bearer) || Matches(context.Request.Cookies[CookieName] ?? "");
    }

    /// <summary>Middleware: ?token=… (right) sets the cookie and redirects to the same address without it.</summary>
    public async Task ExchangeQueryTokenAsync(HttpContext context, RequestDelegate next)
    {
        var fromQuery = context.Request.Query["token"].ToString();
        if (_expected is null || !Matches(fromQuery))
        {
            await next(context);
            return;
        }

        context.Response.Cookies.Append(CookieName, fromQuery, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = "/",
        });
        context.Response.Redirect(context.Request.PathBase + context.Request.Path);
    }

    /// <summary>Constant-time, so the comparison does not tell how much of a guess was right.</summary>
    private bool Matches(string candidate) =>
        candidate.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), _expected);
}
