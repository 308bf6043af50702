/* TRUTH: racy — __real__ z = 1 writes z's real part; main reads all of z concurrently */
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
    __real__ z = 1.0;
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
