"""Edits the reference's pom.xml for bench/compare.sh (a copy in a temporary folder, never this repository's).

usage: pom.py drop-panache-mock POM        drop the quarkus-panache-mock test dependency (issue 14 says so)
       pom.py drop-test-dependencies POM   drop every test-scoped dependency (only when its own Quarkus version
                                           does not build and another is tried: tests are skipped anyway)
       pom.py property POM NAME            print a property of the pom
"""
import re
import sys

command, path = sys.argv[1:3]
pom = open(path).read()
if command == "property":
    print(re.search(rf"<{re.escape(sys.argv[3])}>([^<]+)</{re.escape(sys.argv[3])}>", pom).group(1))
    sys.exit(0)
if command == "drop-panache-mock":
    edited = re.sub(r"\s*<dependency>\s*<groupId>io\.quarkus</groupId>\s*<artifactId>quarkus-panache-mock</artifactId>"
                    r"(?:(?!</dependency>).)*</dependency>", "", pom, count=1, flags=re.S)
elif command == "drop-test-dependencies":
    edited = re.sub(r"\s*<dependency>(?:(?!</dependency>).)*<scope>test</scope>\s*</dependency>", "", pom, flags=re.S)
else:
    sys.exit(f"unknown command {command}")
if edited == pom:
    sys.exit(f"{command}: nothing to drop in {path}")
open(path, "w").write(edited)
