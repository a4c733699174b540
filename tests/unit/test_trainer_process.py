"""Starting the trainer: an interpreter that is not the trainer's Python, and option values that look like options."""
import json
import os
import subprocess

from helpers import PLUGIN_ROOT, trainer_python

from glacier_mapper.core.training import trainer_process
from glacier_mapper.core.training.trainer_process import trainer_arguments, trainer_packages_problem


def test_a_shell_or_a_python_without_torch_as_trainer_python_is_refused_with_the_fix(tmp_path):
    for python in ("/bin/sh", "/bin/true", "/usr/bin/python3"):
        problem = trainer_packages_problem(python)
        assert problem and f"'{python}' is not a Python with the trainer's packages" in problem, (python, problem)
        assert "glaciermapper:setuptrainer" in problem and "Trainer Python" in problem
    # what the check said is part of the message: the shell cannot run Python code, python3 lacks torch
    assert "No module named" in trainer_packages_problem("/usr/bin/python3")
    assert trainer_packages_problem(trainer_python()) is None
    folder = tmp_path / "chips"
    folder.mkdir()
    (folder / "manifest.json").write_text("{}")
    try:
        trainer_process.run_trainer("/bin/sh", folder, tmp_path / "m.onnx", {"epochs": 1})
    except trainer_process.InputError as error:
        assert "is not a Python with the trainer's packages" in str(error)
        assert "exit code 0" not in str(error)
    else:
        raise AssertionError("/bin/sh was run as the trainer")
    assert sorted(os.listdir(tmp_path)) == ["chips"]


def test_string_values_starting_with_a_dash_reach_the_trainer_as_values(tmp_path):
    options = {"name": "-glacier-2026", "description": "--keep-work", "epochs": 3, "lr": -1e-3, "augment": True,
               "finetune": None}
    args = trainer_arguments(trainer_python(), tmp_path / "-chips", tmp_path / "-m.onnx", options)
    assert "--name=-glacier-2026" in args and "--epochs=3" in args and "--augment" in args
    code = ("import json, sys; from trainer.cli import build_parser; o = build_parser().parse_args(sys.argv[1:]); "
            "print(json.dumps([o.name, o.description, o.chips, o.out, o.epochs, o.keep_work]))")
    done = subprocess.run([trainer_python(), "-c", code, *args[3:]], capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, PYTHONPATH=os.path.join(PLUGIN_ROOT, "models")))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == ["-glacier-2026", "--keep-work", str(tmp_path / "-chips"),
                                       str(tmp_path / "-m.onnx"), 3, False]
