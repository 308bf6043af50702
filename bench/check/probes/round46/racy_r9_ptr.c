/* TRUTH: racy — __real__ *pz (pz = &z) writes z in thread; main reads z */
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
static void *th(void *arg) {
    (void)arg;
    _Complex double *pz = &z;
    __real__ *pz = 3.0;
    return 0;
}
int main(int argc, char **argv) {
    (void)argc; (void)argv;
    pthread_t t;
    pthread_create(&t, 0, th, 0);
    _Complex double c = z;
    (void)c;
    pthread_join(t, 0);
    return 0;
}
