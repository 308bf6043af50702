/* TRUTH: racy — _Thread_local spin lock word: each thread spins on its own, no exclusion */
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
static _Thread_local atomic_int lk;
static void *th(void *a) {
    (void)a;
    while (atomic_exchange_explicit(&lk, 1, memory_order_acquire))
        ;
    g++;
    atomic_store_explicit(&lk, 0, memory_order_release);
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
