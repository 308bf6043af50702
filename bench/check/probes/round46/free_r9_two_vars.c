/* TRUTH: free — thread writes z1's real part, main writes z2's */
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

_Complex double z1, z2;
static void *th(void *arg) {
    (void)arg;
    __real__ z1 = 1.0;
    return 0;
}
int main(int argc, char **argv) {
    (void)argc; (void)argv;
    pthread_t t;
    pthread_create(&t, 0, th, 0);
    __real__ z2 = 2.0;
    pthread_join(t, 0);
    return 0;
}
