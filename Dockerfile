# Carnet — production image. Build: docker build -t carnet .
# Runs the uber jar (Payara Micro + carnet.war) as a non-root user; the database is a MariaDB server
# given by CARNET_DB_URL / CARNET_DB_USER / CARNET_DB_PASSWORD (no embedded database in this image).
# The encryption keys are read from CARNET_KEYS_FILE (below) or CARNET_KEYS; make them once with
#   docker run --rm -v carnet-data:/var/lib/carnet --entrypoint java carnet -jar /opt/carnet/carnet-admin.jar keys-generate /var/lib/carnet/keys/carnet-keys.properties
# (README, "Security"). Without them Carnet does not start.

FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -pl portal-web -am package -DskipTests

FROM eclipse-temurin:25-jre
RUN groupadd --system carnet && useradd --system --gid carnet --home-dir /var/lib/carnet --create-home carnet \
    && mkdir -p /var/lib/carnet/keys && chown -R carnet:carnet /var/lib/carnet && chmod 700 /var/lib/carnet/keys \
    && apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/portal-web/target/carnet.jar /opt/carnet/carnet.jar
COPY --from=build /src/portal-web/target/carnet-admin.jar /opt/carnet/carnet-admin.jar
USER carnet
WORKDIR /var/lib/carnet
VOLUME ["/var/lib/carnet"]
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75" \
    CARNET_KEYS_FILE=/var/lib/carnet/keys/carnet-keys.properties
EXPOSE 8080
# Ready means Carnet is deployed and its database answers (Payara alone would answer without Carnet).
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD curl -fsS http://localhost:8080/health/ready | grep -q '"name":"database","status":"UP"' || exit 1
ENTRYPOINT ["java", "-jar", "/opt/carnet/carnet.jar", "--port", "8080"]
