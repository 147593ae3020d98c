using System.Runtime.ExceptionServices;
using Polly;

namespace RoomClients.Http;

/// <summary>
/// The outermost handler of every provider's pipeline, in one async layer: it runs the registration's resilience pipeline
/// (<see cref="RoomClientsResilience.BuildPipeline"/>: the standard strategies built once per registration, with Polly's
/// telemetry) around the handlers below, and maps whatever fails in it (a refused or dropped connection, an attempt or total
/// timeout, an open circuit, the concurrency limit) to a <see cref="RoomServiceException"/>, for every Refit method shape.
/// The caller's own cancellation leaves as <see cref="OperationCanceledException"/>, in every phase. It also puts the
/// call's <see cref="RoomRequestContext"/> on the request for the handlers and the mapper below.
/// </summary>
/// <remarks>
/// This replaces the standard handler's <c>ResilienceHandler</c> and the former transport-error handler above it: the same
/// strategies, options and telemetry, without the registry's reload and execution-tracking wrappers (nothing reloads the
/// SDK's resilience options: they come from code, <c>ConfigureResilience</c>) and without a second async layer per call.
/// </remarks>
internal sealed class RoomResilienceHandler(ResiliencePipeline<HttpResponseMessage> pipeline, RoomErrorMapper mapper, RoomRedactor redactor) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Options.Set(RoomRequestContext.Key, new RoomRequestContext(redactor));
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.SetRequestMessage(request); // the retry rule reads the request from here before any response exists
        Outcome<HttpResponseMessage> outcome;
        try
        {
            outcome = await pipeline.ExecuteOutcomeAsync(
                static async (context, state) =>
                {
                    try
                    {
                        return Outcome.FromResult(await state.Handler.SendAttemptAsync(state.Request, context.CancellationToken).ConfigureAwait(false));
                    }
                    catch (Exception ex)
                    {
                        return Outcome.FromException<HttpResponseMessage>(ex);
                    }
                },
                context,
                (Handler: this, Request: request)).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not RoomServiceException && !(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            throw mapper.FromTransport(request, ex, cancellationToken); // a strategy that threw instead of returning an outcome
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        if (outcome.Exception is { } exception)
        {
            if (exception is RoomServiceException || (exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
            {
                ExceptionDispatchInfo.Throw(exception);
            }

            throw mapper.FromTransport(request, exception, cancellationToken);
        }

        return outcome.Result!;
    }

    private Task<HttpResponseMessage> SendAttemptAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);
}
