/* TRUTH: free — putc_unlocked on stdout in one thread, on stderr in the other: different FILE objects */
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

static void *ta(void *arg) {
    (void)arg;
    putc_unlocked('a', stdout);
    return 0;
}
static void *tb(void *arg) {
    (void)arg;
    putc_unlocked('b', stderr);
    return 0;
}
int main(void) {
    pthread_t t1, t2;
    pthread_create(&t1, 0, ta, 0);
    pthread_create(&t2, 0, tb, 0);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return 0;
}
