/* TRUTH: racy — __imag__ z = 2 writes the imaginary part; main reads cimag(z) */
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
    __imag__ z = 2.0;
    return 0;
}
int main(int argc, char **argv) {
    (void)argc; (void)argv;
    pthread_t t;
    pthread_create(&t, 0, th, 0);
    double r = cimag(z);
    (void)r;
    pthread_join(t, 0);
    return 0;
}
