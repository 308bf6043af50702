/* TRUTH: free — g++ also under global gm, which excludes; tls tm is irrelevant */
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
static pthread_mutex_t gm = PTHREAD_MUTEX_INITIALIZER;
static void *th(void *a) {
    (void)a;
    pthread_mutex_lock(&tm);
    pthread_mutex_lock(&gm);
    g++;
    pthread_mutex_unlock(&gm);
    pthread_mutex_unlock(&tm);
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
