using MexcTrader.Web.Cli;

// One binary: the web app (default verb `serve`) and the headless CLI verbs.
return await CliApp.RunAsync(args).ConfigureAwait(false);
