namespace HelpDesk.Engine.Tickets;

/// <summary>Makes ids: time-ordered, unguessable enough, opaque to clients.</summary>
internal static class Ids
{
    public static string New(TimeProvider clock) => Guid.CreateVersion7(clock.GetUtcNow()).ToString("N");
}
