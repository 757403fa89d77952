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
    DOTNET_CLI_TELEMETRY_OPTOUT=1
RUN mkdir -p /data && chown -R app:app /data
VOLUME ["/data"]
USER app
EXPOSE 8080
ENTRYPOINT ["dotnet", "Bot.Host.dll"]
CMD ["ask", "What can you do?"]
