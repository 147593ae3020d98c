namespace RoomClients.Http;

/// <summary>
/// A provider's check of every answer once its body is in memory, run by <see cref="RoomResilienceHandler"/> inside each
/// attempt (so within the attempt timeout, and before the retry rule looks at the answer): EnableX's <c>result</c>
/// envelope, Zoom's daily limit. Registered as a keyed singleton under the registration's name.
/// </summary>
internal interface IRoomResponseFilter
{
    /// <summary>Checks <paramref name="response"/>, whose body is buffered; returns it, or the answer to use instead, or throws a <see cref="RoomServiceException"/>.</summary>
    /// <param name="response">The answer of one attempt, its content buffered (reading it does not touch the network).</param>
    /// <returns>The answer the attempt ends with.</returns>
    HttpResponseMessage Filter(HttpResponseMessage response);
}
