/* TRUTH: free — main reads z only after join */
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
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, th, 0);
    pthread_join(t, 0);
    return (int)creal(z);
}
