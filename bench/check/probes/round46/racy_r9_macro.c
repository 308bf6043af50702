/* TRUTH: racy — SETRE(z, 1) is __real__ z = 1 in thread; main assigns z */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <wchar.h>
#include <locale.h>
#include <complex.h>

_Complex double z;
#define SETRE(x, v) (__real__ (x) = (v))
static void *th(void *arg) {
    (void)arg;
    SETRE(z, 1.0);
    return 0;
}
int main(int argc, char **argv) {
    (void)argc; (void)argv;
    pthread_t t;
    pthread_create(&t, 0, th, 0);
    z = 0;
    pthread_join(t, 0);
    return 0;
}
