"""Runs the code cells of a Jupyter notebook in order, the way a kernel would, without Jupyter.

Each cell runs in one shared namespace; when a cell ends with an expression, its value is printed,
as a notebook shows it. Usage: python3 run_notebook.py NOTEBOOK.ipynb
"""
import ast
import json
import sys


def run(path):
    with open(path, encoding="utf-8") as f:
        notebook = json.load(f)
    namespace = {"__name__": "__main__"}
    for number, cell in enumerate(notebook["cells"], 1):
        if cell["cell_type"] != "code":
            continue
        name = f"{path} cell {number}"
        print(f"--- {name}", flush=True)
        tree = ast.parse("".join(cell["source"]), filename=name)
        last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
        exec(compile(tree, name, "exec"), namespace)
        if last is not None:
            value = eval(compile(ast.Expression(last.value), name, "eval"), namespace)
            if value is not None:
                print(value, flush=True)


if __name__ == "__main__":
    run(sys.argv[1])
