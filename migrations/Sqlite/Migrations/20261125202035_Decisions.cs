using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MexcTrader.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Decisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "decision_cycles",
                columns: table => new
                {
                    cycle_id = table.Column<long>(type: "INTEGER", nullable: false),
                    time = table.Column<long>(type: "INTEGER", nullable: false),
                    engine_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    model = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    prompt_version = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    input_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    llm_call_id = table.Column<long>(type: "INTEGER", nullable: true),
                    snapshot = table.Column<string>(type: "TEXT", nullable: false),
                    rejections = table.Column<string>(type: "TEXT", nullable: false),
                    notes = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decision_cycles", x => x.cycle_id);
                });

            migrationBuilder.CreateTable(
                name: "risk_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    cycle_id = table.Column<long>(type: "INTEGER", nullable: false),
                    time = table.Column<long>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    breaker = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    symbol = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    state = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    detail = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_risk_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "settings_documents",
                columns: table => new
                {
                    key = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    json = table.Column<string>(type: "TEXT", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_settings_documents", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "decision_records",
                columns: table => new
                {
                    decision_id = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    cycle_id = table.Column<long>(type: "INTEGER", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    time = table.Column<long>(type: "INTEGER", nullable: false),
                    symbol = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    quantity = table.Column<decimal>(type: "TEXT", precision: 28, scale: 12, nullable: false),
                    reference_price = table.Column<decimal>(type: "TEXT", precision: 28, scale: 12, nullable: false),
                    stop_loss = table.Column<decimal>(type: "TEXT", precision: 28, scale: 12, nullable: true),
                    take_profit = table.Column<decimal>(type: "TEXT", precision: 28, scale: 12, nullable: true),
                    trailing_distance = table.Column<decimal>(type: "TEXT", precision: 28, scale: 12, nullable: true),
                    confidence = table.Column<double>(type: "REAL", nullable: false),
                    reasoning = table.Column<string>(type: "TEXT", nullable: false),
                    alternatives = table.Column<string>(type: "TEXT", nullable: false),
                    risk_reasons = table.Column<string>(type: "TEXT", nullable: false),
                    limits = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decision_records", x => x.decision_id);
                    table.ForeignKey(
                        name: "FK_decision_records_decision_cycles_cycle_id",
                        column: x => x.cycle_id,
                        principalTable: "decision_cycles",
                        principalColumn: "cycle_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_decision_cycles_engine_id",
                table: "decision_cycles",
                column: "engine_id");

            migrationBuilder.CreateIndex(
                name: "IX_decision_cycles_time",
                table: "decision_cycles",
                column: "time");

            migrationBuilder.CreateIndex(
                name: "IX_decision_records_cycle_id_position",
                table: "decision_records",
                columns: new[] { "cycle_id", "position" });

            migrationBuilder.CreateIndex(
                name: "IX_decision_records_symbol",
                table: "decision_records",
                column: "symbol");

            migrationBuilder.CreateIndex(
                name: "IX_risk_events_time",
                table: "risk_events",
                column: "time");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "decision_records");

            migrationBuilder.DropTable(
                name: "risk_events");

            migrationBuilder.DropTable(
                name: "settings_documents");

            migrationBuilder.DropTable(
                name: "decision_cycles");
        }
    }
}
