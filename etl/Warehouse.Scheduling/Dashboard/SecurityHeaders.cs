using Microsoft.AspNetCore.Http;

namespace Warehouse.Scheduling.Dashboard;

/// <summary>
/// Headers on every response: no MIME sniffing, never inside a frame (clickjacking), and a
/// content security policy under which Hangfire's dashboard still works: its scripts and styles
/// are files it serves itself, its pages use a few inline style attributes (so styles allow
/// 'unsafe-inline'; scripts do not), and its favicon is a data: URL.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static Task AddAsync(HttpContext context, RequestDelegate next)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers["Referrer-Policy"] = "same-origin";
        return next(context);
    }
}
