/* TRUTH: racy — __imag__ s.c = 1 writes s.c; main reads s.c */
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

struct { int k; _Complex float c; } s;
static void *th(void *arg) {
    (void)arg;
    __imag__ s.c = 1.0f;
    return 0;
}
int main(int argc, char **argv) {
    (void)argc; (void)argv;
    pthread_t t;
    pthread_create(&t, 0, th, 0);
    _Complex float c = s.c;
    (void)c;
    pthread_join(t, 0);
    return 0;
}
