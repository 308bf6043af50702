/* TRUTH: racy — __thread rwlock: each thread write-locks its own; no exclusion */
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
static __thread pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static void *th(void *a) {
    (void)a;
    pthread_rwlock_wrlock(&rw);
    g++;
    pthread_rwlock_unlock(&rw);
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
