# syntax=docker/dockerfile:1
# Build stage: restore, run the tests, publish for linux-x64.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props Bot.sln ./
COPY src/ src/
COPY tests/ tests/
COPY bench/ bench/
COPY knowledge/ knowledge/
RUN dotnet restore Bot.sln
# The PostgreSQL store tests start a throwaway cluster of their own (as 'nobody': PostgreSQL refuses root); without the server
# binaries they would only be reported skipped. No default cluster: the tests make theirs in a temp folder.
# The admin page's browser tests drive Debian's Chromium through Playwright (which never downloads a browser of its own).
RUN mkdir -p /etc/postgresql-common/createcluster.d \
    && echo "create_main_cluster = false" > /etc/postgresql-common/createcluster.d/no-main-cluster.conf \
    && apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql chromium \
    && rm -rf /var/lib/apt/lists/*
ENV PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
RUN dotnet test Bot.sln --no-restore
RUN dotnet run --project src/Bot.Host --no-restore -- knowledge validate
RUN dotnet publish src/Bot.Host -c Release -r linux-x64 --self-contained false -o /app

# Runtime stage: ASP.NET runtime only, non-root, data on a volume.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
COPY knowledge/ ./knowledge/
ENV Knowledge__Path=/app/knowledge \
    Storage__Path=/data/bot.db \
    ASPNETCORE_URLS=http://0.0.0.0:8080 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    DOTNET_GCgen0size=0x4000000
# DOTNET_GCgen0size: a 64 MB gen0 budget instead of the ~6 MB the runtime picks on a small VM. Routing allocates
# ~100–350 KB per answer, so the default collected every ~30 answers and each collection stopped an answer for 1–2 ms:
# most of the P99 above 1 ms (docs/performance.md). It can only be set in the environment (runtimeconfig ignores it).
RUN mkdir -p /data && chown -R app:app /data
VOLUME ["/data"]
USER app
EXPOSE 8080
# The runtime image has no curl: `probe` GETs /healthz on ASPNETCORE_URLS's port and exits 0 (healthy) or 1. The start
# period covers the warm-up (knowledge, indexes, embedding model: ~2 s with a warm cache, ~12 s on an empty /data).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 CMD ["dotnet", "Bot.Host.dll", "probe"]
ENTRYPOINT ["dotnet", "Bot.Host.dll"]
# The bot by default; any verb instead: `docker run --rm jk-bot ask "What is GSOMIA?"`.
CMD ["serve"]
