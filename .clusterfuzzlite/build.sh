#!/bin/bash -eu
# ClusterFuzzLite runs this inside the image of Dockerfile; the work is in fuzz/build.sh.
"$SRC/shapeguard/fuzz/build.sh"
