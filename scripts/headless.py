"""Running the plugin's algorithms with qgis_process from a throw-away QGIS profile.

Used by the demo, the end-to-end tests and the benchmarks; a user would do the same by hand:
link the plugin into a profile, ``qgis_process plugins enable glacier_mapper``, then ``qgis_process run``.
"""
import glob
import json
import os
import shutil
import subprocess

PLUGIN_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
QGIS_PROCESS = shutil.which("qgis_process.bin") or "/usr/bin/qgis_process.bin"


def plugin_environment(config_path):
    """Environment for qgis_process with a private profile and the plugin venv's packages on the path."""
    env = dict(os.environ)
    env["QGIS_CUSTOM_CONFIG_PATH"] = str(config_path)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    paths = glob.glob(os.path.join(PLUGIN_ROOT, ".venv", "lib", "python3*", "site-packages"))
    paths.append("/usr/share/qgis/python/plugins")
    if env.get("PYTHONPATH"):
        paths.append(env["PYTHONPATH"])
    env["PYTHONPATH"] = os.pathsep.join(paths)
    return env


def make_profile(config_path, plugin_source=PLUGIN_ROOT):
    """A QGIS profile under ``config_path`` with the plugin linked in as glacier_mapper and enabled."""
    plugins = os.path.join(str(config_path), "profiles", "default", "python", "plugins")
    os.makedirs(plugins, exist_ok=True)
    link = os.path.join(plugins, "glacier_mapper")
    if not os.path.lexists(link):
        os.symlink(plugin_source, link)
    env = plugin_environment(config_path)
    subprocess.run([QGIS_PROCESS, "plugins", "enable", "glacier_mapper"], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return env


def run_algorithm(algorithm, parameters, env, timeout=1800):
    """Run one algorithm with ``qgis_process --json run`` and return its parsed JSON answer.

    ``parameters`` values may be lists (repeated parameters). Raises RuntimeError with qgis_process's own
    output when the run fails.
    """
    command = [QGIS_PROCESS, "--json", "run", algorithm, "--"]
    for key, value in parameters.items():
        for item in value if isinstance(value, (list, tuple)) else [value]:
            command.append(f"{key}={item}")
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout)
    start = done.stdout.find("{")
    if done.returncode != 0 or start < 0:
        raise RuntimeError(f"qgis_process {algorithm} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return json.loads(done.stdout[start:])
