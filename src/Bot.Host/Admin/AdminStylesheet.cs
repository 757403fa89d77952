namespace Bot.Host.Admin;

/// <summary>The admin pages' one stylesheet, served from a route (the Content-Security-Policy allows styles from 'self' only).</summary>
public static class AdminStylesheet
{
    public const string Css = """
        :root { --fg: #1b1f24; --muted: #5b6470; --bg: #fbfbfc; --line: #d9dde3; --accent: #1f5fa8; --answer: #2f7d4f; --clarify: #c28a12; --decline: #b3403a; --other: #7b7f86; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK KR", "Noto Sans CJK JP", sans-serif; color: var(--fg); background: var(--bg); }
        header { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1rem; padding: .6rem 1rem; background: #fff; border-bottom: 1px solid var(--line); }
        .brand { font-weight: 700; }
        nav ul { display: flex; flex-wrap: wrap; gap: .25rem .75rem; margin: 0; padding: 0; list-style: none; }
        nav a { color: var(--accent); text-decoration: none; }
        nav a[aria-current="page"] { color: var(--fg); font-weight: 600; text-decoration: underline; }
        .signout { margin-left: auto; }
        main { max-width: 70rem; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.4rem; margin: .2rem 0 1rem; }
        h2 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
        a { color: var(--accent); }
        button, input { font: inherit; }
        button { padding: .4rem .9rem; border: 1px solid var(--accent); border-radius: .3rem; background: var(--accent); color: #fff; cursor: pointer; }
        .signout button { background: #fff; color: var(--accent); }
        input[type=password] { width: 100%; max-width: 28rem; padding: .45rem; border: 1px solid var(--line); border-radius: .3rem; }
        label { display: block; margin-bottom: .3rem; font-weight: 600; }
        form.signin { display: grid; gap: .8rem; max-width: 28rem; }
        .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: .75rem; margin-bottom: 1rem; }
        .card { background: #fff; border: 1px solid var(--line); border-radius: .4rem; padding: .6rem .8rem; }
        .card .label { display: block; color: var(--muted); font-size: .85rem; }
        .card .value { display: block; font-size: 1.35rem; font-weight: 600; overflow-wrap: anywhere; }
        .scroll { max-width: 100%; overflow-x: auto; }
        table { width: 100%; border-collapse: collapse; background: #fff; margin-bottom: 1rem; }
        caption { text-align: left; font-weight: 600; padding: .3rem 0; }
        th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); overflow-wrap: break-word; }
        th { font-size: .85rem; color: var(--muted); font-weight: 600; }
        td.empty { color: var(--muted); font-style: italic; }
        tr.answered td { background: #eef7f1; }
        .days { color: var(--muted); }
        .days strong { color: var(--fg); }
        .notice { padding: .5rem .75rem; border-radius: .3rem; border: 1px solid var(--line); background: #fff; }
        .notice.error { border-color: var(--decline); color: var(--decline); }
        .notice.ok { border-color: var(--answer); color: var(--answer); }
        .muted { color: var(--muted); }
        ul.errors { font-family: ui-monospace, "SFMono-Regular", Menlo, monospace; font-size: .9rem; overflow-wrap: anywhere; }
        svg.chart { display: block; width: 100%; height: auto; background: #fff; border: 1px solid var(--line); border-radius: .4rem; }
        svg.chart .grid { stroke: var(--line); stroke-width: 1; }
        svg.chart .axis { fill: var(--muted); font-size: 11px; }
        .o-answer { fill: var(--answer); background: var(--answer); }
        .o-clarify { fill: var(--clarify); background: var(--clarify); }
        .o-decline { fill: var(--decline); background: var(--decline); }
        .o-other { fill: var(--other); background: var(--other); }
        ul.legend { display: flex; flex-wrap: wrap; gap: .25rem 1rem; padding: 0; margin: .4rem 0 1rem; list-style: none; color: var(--muted); font-size: .9rem; }
        .swatch { display: inline-block; width: .8rem; height: .8rem; margin-right: .35rem; border-radius: .15rem; vertical-align: -.05rem; }
        @media (max-width: 40rem) {
          body { font-size: 15px; }
          main { padding: .75rem; }
          th, td { padding: .3rem .35rem; }
          .signout { margin-left: 0; }
        }
        """;
}
