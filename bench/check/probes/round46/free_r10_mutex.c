/* TRUTH: free — v escapes via &*&v but both accesses hold mutex m */
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

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *th(void *arg) {
    pthread_mutex_lock(&m);
    *(int *)arg = 1;
    pthread_mutex_unlock(&m);
    return 0;
}
int main(void) {
    pthread_t t;
    int v = 0;
    pthread_create(&t, 0, th, &*&v);
    pthread_mutex_lock(&m);
    v = 2;
    pthread_mutex_unlock(&m);
    pthread_join(t, 0);
    return 0;
}
