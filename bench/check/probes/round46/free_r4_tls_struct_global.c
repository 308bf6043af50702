/* TRUTH: free — cfg.m = &tm set in main before create; both threads lock main's tm */
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
static struct cfg { pthread_mutex_t *m; int n; } cfg;
static void *th(void *a) {
    (void)a;
    pthread_mutex_lock(cfg.m);
    g++;
    pthread_mutex_unlock(cfg.m);
    return 0;
}
int main(void) {
    pthread_t t1, t2;
    cfg.m = &tm;
    pthread_create(&t1, 0, th, 0);
    pthread_create(&t2, 0, th, 0);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return 0;
}
