"""The UI in a real browser: `dagster dev`, headless Chromium, "Materialize all", a release.

Needs Debian's `chromium` at /usr/bin/chromium (CI installs it) and the `playwright` package;
`playwright install` is not used: the browser is the system's.
"""

import json
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import ROOT, SEED
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
STARTUP_SECONDS = 180
RUN_SECONDS = 600  # the multiprocess executor starts a process per step

RUNS_QUERY = """
query {
  runsOrError(limit: 5) {
    ... on Runs { results { runId status } }
  }
}
"""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _graphql(url: str, query: str) -> dict:
    request = urllib.request.Request(
        f"{url}/graphql",
        data=json.dumps({"query": query}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def _runs(url: str) -> list[dict]:
    return _graphql(url, RUNS_QUERY)["data"]["runsOrError"]["results"]


def _dismiss_community_dialog(page) -> None:
    """Dagster's first-visit "Join the community" dialog covers the page: skip it if shown."""
    skip = page.get_by_role("button", name="Skip")
    try:
        skip.wait_for(timeout=5000)
    except PlaywrightTimeout:
        return
    skip.click()


def _wait_for_server(url: str, server: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"dagster dev exited: {log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{url}/server_info", timeout=5):
                return
        except OSError:
            time.sleep(1)
    pytest.fail(f"dagster dev did not answer in {STARTUP_SECONDS} s: {log.read_text()[-3000:]}")


def _group_alive(group: int) -> bool:
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    return True


def _stop(server: subprocess.Popen) -> None:
    """Stop dagster dev and everything it started: its process group, politely, then not."""
    group = server.pid  # start_new_session: the leader's pid is the group id
    for sig, seconds in ((signal.SIGTERM, 30), (signal.SIGKILL, 10)):
        if not _group_alive(group):
            break
        os.killpg(group, sig)
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and _group_alive(group):
            server.poll()  # reap the leader so that it does not linger as a zombie
            time.sleep(0.5)
    server.wait(10)


def test_materialize_all_in_the_browser_publishes_a_release(tmp_path):
    seeds, outputs = tmp_path / "seeds", tmp_path / "outputs"
    seeds.mkdir()
    shutil.copy(SEED, seeds / SEED.name)
    (tmp_path / "dagster_home").mkdir()
    (tmp_path / "home").mkdir()
    env = {
        **os.environ,
        "DAGSTER_HOME": str(tmp_path / "dagster_home"),
        "HOME": str(tmp_path / "home"),
        "READOUTS_SEEDS": str(seeds),
        "READOUTS_OUTPUTS": str(outputs),
    }
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    log = tmp_path / "dagster_dev.log"
    dagster = Path(os.environ.get("VIRTUAL_ENV", ROOT / ".venv")) / "bin" / "dagster"
    if not dagster.exists():
        dagster = ROOT / ".venv" / "bin" / "dagster"
    with log.open("wb") as stream:
        server = subprocess.Popen(
            [str(dagster), "dev", "-w", "workspace.yaml", "-h", "127.0.0.1", "-p", str(port)],
            cwd=ROOT,
            env=env,
            stdout=stream,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        _wait_for_server(url, server, log)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
            )
            try:
                page = browser.new_page()
                page.set_default_timeout(STARTUP_SECONDS * 1000)
                page.goto(f"{url}/asset-groups")  # the global asset graph
                materialize_all = page.get_by_role("button", name="Materialize all")
                materialize_all.wait_for()
                for group in ("parse", "normalize", "validate", "publish"):
                    page.get_by_text(group, exact=True).first.wait_for()
                _dismiss_community_dialog(page)
                assert _runs(url) == []
                materialize_all.click()

                deadline = time.monotonic() + RUN_SECONDS
                runs: list[dict] = []
                while time.monotonic() < deadline:
                    runs = _runs(url)
                    if runs and runs[0]["status"] in ("SUCCESS", "FAILURE", "CANCELED"):
                        break
                    time.sleep(2)
                assert len(runs) == 1, "Materialize all did not launch one run"
                assert runs[0]["status"] == "SUCCESS", log.read_text()[-3000:]

                page.goto(f"{url}/runs/{runs[0]['runId']}")
                page.get_by_text("Success", exact=True).first.wait_for()
            finally:
                browser.close()
    finally:
        _stop(server)

    releases = list((outputs / "releases").iterdir())
    assert len(releases) == 1
    assert (outputs / "latest").resolve() == releases[0].resolve()
    assert (releases[0] / "meetings.parquet").is_file()
