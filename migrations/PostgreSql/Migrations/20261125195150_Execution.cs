using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MexcTrader.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Execution : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "execution_equity_points",
                columns: table => new
                {
                    time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    equity = table.Column<decimal>(type: "numeric", nullable: false),
                    cash = table.Column<decimal>(type: "numeric", nullable: false),
                    exposure = table.Column<decimal>(type: "numeric", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_execution_equity_points", x => x.time);
                });

            migrationBuilder.CreateTable(
                name: "execution_fills",
                columns: table => new
                {
                    fill_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    client_order_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    order_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    symbol = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    side = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    price = table.Column<decimal>(type: "numeric", nullable: false),
                    quantity = table.Column<decimal>(type: "numeric", nullable: false),
                    quote_quantity = table.Column<decimal>(type: "numeric", nullable: false),
                    fee = table.Column<decimal>(type: "numeric", nullable: false),
                    fee_asset = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    base_fee = table.Column<decimal>(type: "numeric", nullable: false),
                    fee_in_quote = table.Column<decimal>(type: "numeric", nullable: false),
                    is_maker = table.Column<bool>(type: "boolean", nullable: false),
                    time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_execution_fills", x => x.fill_id);
                });

            migrationBuilder.CreateTable(
                name: "execution_journal",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    client_order_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    symbol = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    detail = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_execution_journal", x => x.sequence);
                });

            migrationBuilder.CreateTable(
                name: "execution_orders",
                columns: table => new
                {
                    client_order_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    decision_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    leg = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    engine_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    symbol = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    side = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    type = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    price = table.Column<decimal>(type: "numeric", nullable: true),
                    quantity = table.Column<decimal>(type: "numeric", nullable: true),
                    quote_quantity = table.Column<decimal>(type: "numeric", nullable: true),
                    reference_price = table.Column<decimal>(type: "numeric", nullable: false),
                    status = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    exchange_order_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    executed_quantity = table.Column<decimal>(type: "numeric", nullable: false),
                    cumulative_quote = table.Column<decimal>(type: "numeric", nullable: false),
                    signal_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    acknowledged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_execution_orders", x => x.client_order_id);
                });

            migrationBuilder.CreateTable(
                name: "execution_positions",
                columns: table => new
                {
                    symbol = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    quantity = table.Column<decimal>(type: "numeric", nullable: false),
                    average_price = table.Column<decimal>(type: "numeric", nullable: false),
                    realised_pnl = table.Column<decimal>(type: "numeric", nullable: false),
                    fees = table.Column<decimal>(type: "numeric", nullable: false),
                    bought_quote = table.Column<decimal>(type: "numeric", nullable: false),
                    sold_quote = table.Column<decimal>(type: "numeric", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_execution_positions", x => x.symbol);
                });

            migrationBuilder.CreateTable(
                name: "execution_protective_exits",
                columns: table => new
                {
                    symbol = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    decision_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    stop_loss = table.Column<decimal>(type: "numeric", nullable: false),
                    take_profit = table.Column<decimal>(type: "numeric", nullable: false),
                    trailing_distance = table.Column<decimal>(type: "numeric", nullable: false),
                    highest_price = table.Column<decimal>(type: "numeric", nullable: false),
                    armed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    fired_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    fired_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_execution_protective_exits", x => x.symbol);
                });

            migrationBuilder.CreateIndex(
                name: "IX_execution_fills_client_order_id",
                table: "execution_fills",
                column: "client_order_id");

            migrationBuilder.CreateIndex(
                name: "IX_execution_fills_symbol_time",
                table: "execution_fills",
                columns: new[] { "symbol", "time" });

            migrationBuilder.CreateIndex(
                name: "IX_execution_journal_client_order_id",
                table: "execution_journal",
                column: "client_order_id");

            migrationBuilder.CreateIndex(
                name: "IX_execution_orders_decision_id",
                table: "execution_orders",
                column: "decision_id");

            migrationBuilder.CreateIndex(
                name: "IX_execution_orders_status",
                table: "execution_orders",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "IX_execution_orders_symbol_created_at",
                table: "execution_orders",
                columns: new[] { "symbol", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "execution_equity_points");

            migrationBuilder.DropTable(
                name: "execution_fills");

            migrationBuilder.DropTable(
                name: "execution_journal");

            migrationBuilder.DropTable(
                name: "execution_orders");

            migrationBuilder.DropTable(
                name: "execution_positions");

            migrationBuilder.DropTable(
                name: "execution_protective_exits");
        }
    }
}
