using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MexcTrader.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Signals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "agent_faults",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    symbol = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    agent_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    agent_version = table.Column<int>(type: "INTEGER", nullable: false),
                    time = table.Column<long>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    message = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agent_faults", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "pair_agent_settings",
                columns: table => new
                {
                    symbol = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    agent_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    parameters = table.Column<string>(type: "TEXT", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pair_agent_settings", x => new { x.symbol, x.agent_id });
                    table.ForeignKey(
                        name: "FK_pair_agent_settings_trading_pairs_symbol",
                        column: x => x.symbol,
                        principalTable: "trading_pairs",
                        principalColumn: "symbol",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "signals",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    symbol = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    agent_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    agent_version = table.Column<int>(type: "INTEGER", nullable: false),
                    time = table.Column<long>(type: "INTEGER", nullable: false),
                    score = table.Column<double>(type: "REAL", nullable: false),
                    confidence = table.Column<double>(type: "REAL", nullable: false),
                    horizon_ms = table.Column<long>(type: "INTEGER", nullable: false),
                    rationale = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    features = table.Column<string>(type: "TEXT", nullable: false),
                    parameters = table.Column<string>(type: "TEXT", nullable: false),
                    entry_price = table.Column<double>(type: "REAL", nullable: true),
                    exit_price = table.Column<double>(type: "REAL", nullable: true),
                    outcome_return = table.Column<double>(type: "REAL", nullable: true),
                    outcome_hit = table.Column<bool>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_signals", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_agent_faults_symbol_time",
                table: "agent_faults",
                columns: new[] { "symbol", "time" });

            migrationBuilder.CreateIndex(
                name: "ix_signals_agent_time",
                table: "signals",
                columns: new[] { "agent_id", "time" });

            migrationBuilder.CreateIndex(
                name: "ix_signals_symbol_time",
                table: "signals",
                columns: new[] { "symbol", "time" });

            migrationBuilder.CreateIndex(
                name: "ix_signals_time",
                table: "signals",
                column: "time");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agent_faults");

            migrationBuilder.DropTable(
                name: "pair_agent_settings");

            migrationBuilder.DropTable(
                name: "signals");
        }
    }
}
