namespace RoomClients;

/// <summary>The one answer every leaf <see cref="IRoomService"/> gives to <see cref="IRoomService.GetService"/>.</summary>
internal static class RoomServiceLookup
{
    /// <summary>
    /// Returns <paramref name="self"/>, then the first of <paramref name="held"/>, then <paramref name="capabilities"/>
    /// that is a <paramref name="serviceType"/>; <see langword="null"/> for any key (a leaf knows no keys).
    /// </summary>
    public static object? Find(Type serviceType, object? serviceKey, IRoomService self, RoomCapabilities capabilities, object? held = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null)
        {
            return null;
        }

        return serviceType.IsInstanceOfType(self) ? self
            : held is not null && serviceType.IsInstanceOfType(held) ? held
            : serviceType.IsInstanceOfType(capabilities) ? capabilities
            : null;
    }
}
