using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MexcTrader.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "candles",
                columns: table => new
                {
                    symbol = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    interval = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    open_time = table.Column<long>(type: "INTEGER", nullable: false),
                    open = table.Column<decimal>(type: "TEXT", nullable: false),
                    high = table.Column<decimal>(type: "TEXT", nullable: false),
                    low = table.Column<decimal>(type: "TEXT", nullable: false),
                    close = table.Column<decimal>(type: "TEXT", nullable: false),
                    volume = table.Column<decimal>(type: "TEXT", nullable: false),
                    quote_volume = table.Column<decimal>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_candles", x => new { x.symbol, x.interval, x.open_time });
                });

            migrationBuilder.CreateTable(
                name: "trading_pairs",
                columns: table => new
                {
                    symbol = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    intervals = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trading_pairs", x => x.symbol);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "candles");

            migrationBuilder.DropTable(
                name: "trading_pairs");
        }
    }
}
