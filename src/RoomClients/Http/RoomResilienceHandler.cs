using System.Runtime.ExceptionServices;
using Polly;

namespace RoomClients.Http;

/// <summary>
/// The outermost handler of every provider's pipeline, and the one async layer the SDK adds to it: it runs the
/// registration's resilience pipeline (<see cref="RoomClientsResilience.BuildPipeline"/>: the standard strategies built
/// once per registration, with Polly's telemetry) around the handlers below, and inside each attempt, once the handlers
/// below have answered, it refuses redirects, reads the body whole with the attempt's token and the registration's cap
/// (<see cref="RoomResponseBody"/>), notes a throttle and runs the provider's <see cref="IRoomResponseFilter"/>. Whatever
/// fails in the pipeline (a refused or dropped connection, an attempt or total timeout, an open circuit, the concurrency
/// limit, a body that trickles, stalls, ends early or is too large) becomes a <see cref="RoomServiceException"/>; the
/// caller's own cancellation leaves as <see cref="OperationCanceledException"/>, in every phase.
/// </summary>
/// <remarks>
/// This replaces the standard handler's <c>ResilienceHandler</c>, the former transport-error handler above it and the
/// former buffering handler below everything: the same strategies, options and telemetry, without the registry's reload
/// and execution-tracking wrappers (nothing reloads the SDK's resilience options: they come from code,
/// <c>ConfigureResilience</c>), and one async layer per call where there were three. What the call needs to remember
/// (its start, a throttled answer) lives in the pooled <see cref="ResilienceContext"/> (<see cref="RoomCallState"/>),
/// not in the request's options.
/// </remarks>
internal sealed class RoomResilienceHandler(ResiliencePipeline<HttpResponseMessage> pipeline, RoomErrorMapper mapper, long maxBodyBytes, IRoomResponseFilter? filter) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.SetRequestMessage(request); // the retry rule reads the request from here before any response exists
        RoomCallState.Start(context);
        Outcome<HttpResponseMessage> outcome;
        try
        {
            outcome = await pipeline.ExecuteOutcomeAsync(static (context, state) => state.Handler.AttemptAsync(state.Request, context), context, (Handler: this, Request: request)).ConfigureAwait(false);
            if (outcome.Exception is { } exception)
            {
                if (exception is RoomServiceException || (exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
                {
                    ExceptionDispatchInfo.Throw(exception);
                }

                throw mapper.FromTransport(request, exception, RoomCallState.Throttled(context), cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not RoomServiceException && !(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            throw mapper.FromTransport(request, ex, RoomCallState.Throttled(context), cancellationToken); // a strategy that threw instead of returning an outcome
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        return outcome.Result!;
    }

    /// <summary>One attempt: the handlers below, then the answer checked and its body read whole, all under the attempt's token.</summary>
    private async ValueTask<Outcome<HttpResponseMessage>> AttemptAsync(HttpRequestMessage request, ResilienceContext context)
    {
        var cancellationToken = context.CancellationToken;
        RoomCallState.SetThrottled(context, null); // a new attempt: what the last one said no longer holds
        var sentTo = request.RequestUri;
        HttpResponseMessage? response = null;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            RoomResponseBody.ThrowIfRedirected(mapper, request, response, sentTo);
            await RoomResponseBody.BufferAsync(mapper, request, response, maxBodyBytes, cancellationToken).ConfigureAwait(false);
            if (filter is not null)
            {
                response = filter.Filter(response);
            }

            if (RoomResponseBody.IsThrottle(response))
            {
                // Rare: the typed answer, for a total timeout that fires while waiting to retry it (the body is in memory).
                RoomCallState.SetThrottled(context, mapper.FromResponse(response, await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false)));
            }

            return Outcome.FromResult(response);
        }
        catch (Exception ex)
        {
            response?.Dispose();
            return Outcome.FromException<HttpResponseMessage>(ex);
        }
    }
}
