namespace NewsBot.Core.Storage;

/// <summary>What writing an article did to the store.</summary>
public enum IndexChange
{
    /// <summary>The article was new.</summary>
    Added,

    /// <summary>The article existed with other content and was replaced.</summary>
    Updated,

    /// <summary>The article existed with the same content; nothing was written.</summary>
    Unchanged,
}
