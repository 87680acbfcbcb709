using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace Timebank.Api.Tests.Infrastructure;

/// <summary>
/// The built API run as its own process, as a service manager or container would start it: from a copy of its
/// build output, in a working directory of the caller's choosing, configured only through the environment.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ApiProcess(Process process, string url)
    {
        _process = process;
        Url = url;
    }

    public string Url { get; }

    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    /// <summary>The API's build output for the configuration these tests were built in (the project reference builds it first).</summary>
    public static string BuildOutput
    {
        get
        {
            var configuration = typeof(ApiProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
            var framework = Path.GetFileName(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            return Path.Combine(Operations.RepositoryRoot, "src", "Timebank.Api", "bin", configuration, framework);
        }
    }

    /// <summary>Copies the build output (without any local data folder) into <paramref name="target"/>, like a deployment.</summary>
    public static void CopyBuildOutput(string target)
    {
        foreach (var file in Directory.EnumerateFiles(BuildOutput, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(BuildOutput, file);
            if (relative.StartsWith("data" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                continue;
            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Starts <c>dotnet Timebank.Api.dll</c> from <paramref name="appFolder"/> with none of the caller's ASP.NET or Timebank settings.</summary>
    public static ApiProcess Start(string appFolder, string workingDirectory, string url, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(appFolder, "Timebank.Api.dll"));
        foreach (var key in start.Environment.Keys.Where(Inherited).ToList())
            start.Environment.Remove(key);
        start.Environment["ASPNETCORE_URLS"] = url;
        foreach (var (key, value) in environment)
            start.Environment[key] = value;

        var process = new Process { StartInfo = start };
        var api = new ApiProcess(process, url);
        process.OutputDataReceived += (_, line) => api.Append(line.Data);
        process.ErrorDataReceived += (_, line) => api.Append(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return api;
    }

    /// <summary>True once /readyz answers at <see cref="Url"/>; false when the process started listening elsewhere or ended.</summary>
    public async Task<bool> WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri(Url), Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            var started = Output.Contains("Application started", StringComparison.Ordinal);
            try
            {
                using var response = await http.GetAsync("/readyz");
                if (response.StatusCode == HttpStatusCode.OK)
                    return true;
            }
            catch (HttpRequestException)
            {
            }
            if (started)
                return false;
            await Task.Delay(200);
        }
        return false;
    }

    /// <summary>Asks the process to shut down as a service manager would (SIGTERM), so every log line is written.</summary>
    public async Task StopAsync()
    {
        if (_process.HasExited)
            return;
        if (OperatingSystem.IsWindows())
            _process.Kill(entireProcessTree: true);
        else
            using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                await kill.WaitForExitAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process.Dispose();
    }

    private static bool Inherited(string key)
        => key.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase)
            || key.StartsWith("Timebank__", StringComparison.OrdinalIgnoreCase)
            || key.StartsWith("ConnectionStrings__", StringComparison.OrdinalIgnoreCase)
            || key is "DOTNET_ENVIRONMENT" or "DOTNET_URLS" or "DOTNET_CONTENTROOT";

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }
}
