/* TRUTH: free — main passes &tm (main's instance) to both threads; they lock the same mutex */
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
static __thread pthread_mutex_t tm = PTHREAD_MUTEX_INITIALIZER;
static void *th(void *a) {
    pthread_mutex_t *m = a;
    pthread_mutex_lock(m);
    g++;
    pthread_mutex_unlock(m);
    return 0;
}
int main(void) {
    pthread_t t1, t2;
    pthread_create(&t1, 0, th, &tm);
    pthread_create(&t2, 0, th, &tm);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return 0;
}
