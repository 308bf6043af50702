/* TRUTH: racy — mutex is a field of a __thread struct: per-thread, no exclusion */
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

int g;
static __thread struct { pthread_mutex_t m; int pad; } s = { PTHREAD_MUTEX_INITIALIZER, 0 };
static void *th(void *a) {
    (void)a;
    pthread_mutex_lock(&s.m);
    g++;
    pthread_mutex_unlock(&s.m);
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
