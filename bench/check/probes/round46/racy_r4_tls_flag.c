/* TRUTH: racy — __thread atomic_flag: each thread has its own flag, no exclusion */
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
static __thread atomic_flag f = ATOMIC_FLAG_INIT;
static void *th(void *a) {
    (void)a;
    while (atomic_flag_test_and_set(&f))
        ;
    g++;
    atomic_flag_clear(&f);
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
