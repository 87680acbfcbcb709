using System.Collections.Concurrent;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Platform;

public sealed class ErrorMaskingTests : IDisposable
{
    private readonly ExplodingFieldFactory _api = new();

    [Fact]
    public async Task An_unexpected_exception_reaches_the_client_masked_and_the_log_in_full()
    {
        var result = await _api.CreateGraphQLClient().PostAsync("{ explode }");

        var body = result.Body.ToString();
        Assert.Equal(["INTERNAL_ERROR"], result.ErrorCodes);
        Assert.DoesNotContain("secret connection detail", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperation", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
        Assert.Contains(_api.Logs, entry => entry.Contains("secret connection detail", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_refusal_raised_while_reading_reaches_the_client_typed_and_is_not_logged_as_a_failure()
    {
        var result = await _api.CreateGraphQLClient().PostAsync("{ refuse }");

        Assert.Equal(System.Net.HttpStatusCode.OK, result.Status);
        Assert.Equal(["VALIDATION_FAILED"], result.ErrorCodes);
        Assert.Equal("to: must not be before from", result.Errors[0].GetProperty("message").GetString());
        Assert.Equal("refuse", result.Errors[0].GetProperty("path")[0].GetString());
        Assert.DoesNotContain(_api.Logs, entry => entry.Contains("must not be before from", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_report_asked_for_backwards_is_a_typed_refusal_and_not_logged_as_a_failure()
    {
        var timebank = await _api.TimebankAsync(members: 0);

        var result = await timebank.Coordinator.Client.RunAsync("timebankReport", new { organisationId = timebank.Id, from = "2026-11-30", to = "2026-11-01" });

        Assert.Equal(["VALIDATION_FAILED"], result.ErrorCodes);
        Assert.DoesNotContain(_api.Logs, entry => entry.Contains("must not be before from", StringComparison.Ordinal));
    }

    public void Dispose() => _api.Dispose();

    private sealed class ExplodingFieldFactory : TimebankApiFactory
    {
        public ConcurrentQueue<string> Logs { get; } = new();

        protected override void ConfigureServices(IServiceCollection services)
        {
            services.AddSingleton<IQueryFields, ExplodingField>();
            services.AddLogging(logging => logging.AddProvider(new CapturingLoggerProvider(Logs)));
        }
    }

    private sealed class ExplodingField : IQueryFields
    {
        public void AddTo(ObjectGraphType query)
        {
            query.Field<StringGraphType>("explode").Resolve(_ => throw new InvalidOperationException("secret connection detail"));
            query.Field<StringGraphType>("refuse").ResolveAsync(async _ =>
            {
                await Task.Yield();
                throw new DomainException(new ValidationFailed("to", "must not be before from"));
            });
        }
    }

    private sealed class CapturingLoggerProvider(ConcurrentQueue<string> logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new CapturingLogger(logs);

        public void Dispose()
        {
        }
    }

    private sealed class CapturingLogger(ConcurrentQueue<string> logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            => logs.Enqueue(formatter(state, exception) + " " + exception);
    }
}

public sealed class ExecutionTimeoutTests : IDisposable
{
    private readonly SlowFieldFactory _api = new();

    [Fact]
    public async Task An_operation_past_the_time_limit_is_stopped_and_answered_with_503()
    {
        var result = await _api.CreateGraphQLClient().PostAsync("{ slow }");

        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, result.Status);
        Assert.False(result.HasData);
    }

    public void Dispose() => _api.Dispose();

    private sealed class SlowFieldFactory : TimebankApiFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Timebank:GraphQL:ExecutionTimeout"] = "00:00:00.200",
        };

        protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IQueryFields, SlowField>();
    }

    private sealed class SlowField : IQueryFields
    {
        public void AddTo(ObjectGraphType query)
            => query.Field<StringGraphType>("slow").ResolveAsync(async context =>
            {
                await Task.Delay(TimeSpan.FromSeconds(10), context.CancellationToken);
                return "too late";
            });
    }
}
