using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MexcTrader.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LlmCalls : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "llm_calls",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    cycle_id = table.Column<long>(type: "INTEGER", nullable: false),
                    attempt = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    input_hash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    provider = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    model = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    prompt_version = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    temperature = table.Column<double>(type: "REAL", nullable: false),
                    max_output_tokens = table.Column<int>(type: "INTEGER", nullable: false),
                    masked = table.Column<bool>(type: "INTEGER", nullable: false),
                    request = table.Column<string>(type: "TEXT", nullable: false),
                    response = table.Column<string>(type: "TEXT", nullable: true),
                    refusal = table.Column<string>(type: "TEXT", nullable: true),
                    finish_reason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    input_tokens = table.Column<int>(type: "INTEGER", nullable: false),
                    output_tokens = table.Column<int>(type: "INTEGER", nullable: false),
                    latency_ms = table.Column<double>(type: "REAL", nullable: false),
                    cost_usd = table.Column<decimal>(type: "TEXT", precision: 18, scale: 8, nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    outcome_detail = table.Column<string>(type: "TEXT", nullable: true),
                    call_failed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_llm_calls", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "prompt_templates",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prompt_templates", x => new { x.id, x.version });
                });

            migrationBuilder.CreateTable(
                name: "secrets",
                columns: table => new
                {
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    @protected = table.Column<string>(name: "protected", type: "TEXT", nullable: false),
                    masked = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_secrets", x => x.name);
                });

            migrationBuilder.CreateIndex(
                name: "IX_llm_calls_created_at",
                table: "llm_calls",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "IX_llm_calls_cycle_id",
                table: "llm_calls",
                column: "cycle_id");

            migrationBuilder.CreateIndex(
                name: "IX_llm_calls_input_hash",
                table: "llm_calls",
                column: "input_hash");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "llm_calls");

            migrationBuilder.DropTable(
                name: "prompt_templates");

            migrationBuilder.DropTable(
                name: "secrets");
        }
    }
}
