/* TRUTH: free — both updates of z's real part under one mutex */
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
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *th(void *arg) {
    (void)arg;
    pthread_mutex_lock(&m);
    __real__ z += 1.0;
    pthread_mutex_unlock(&m);
    return 0;
}
int main(void) {
    pthread_t t1, t2;
    pthread_create(&t1, 0, th, 0);
    pthread_create(&t2, 0, th, 0);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return 0;
}
