/* TRUTH: racy — each thread inits and locks its own _Thread_local mutex; no exclusion */
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
#define TLS _Thread_local
static TLS pthread_mutex_t m;
static void *th(void *a) {
    (void)a;
    pthread_mutex_init(&m, 0);
    pthread_mutex_lock(&m);
    g++;
    pthread_mutex_unlock(&m);
    pthread_mutex_destroy(&m);
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
