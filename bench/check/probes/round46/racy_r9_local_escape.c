/* TRUTH: racy — main's local lz passed to thread which writes its real part; main reads lz */
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

static void *th(void *arg) {
    __real__ *(_Complex double *)arg = 1.0;
    return 0;
}
int main(void) {
    pthread_t t;
    _Complex double lz = 0;
    pthread_create(&t, 0, th, &lz);
    _Complex double c = lz;
    (void)c;
    pthread_join(t, 0);
    return 0;
}
