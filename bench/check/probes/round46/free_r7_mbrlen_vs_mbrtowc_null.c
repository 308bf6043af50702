/* TRUTH: free — mbrlen(NULL) and mbrtowc(NULL) each have their own internal state (C11 7.29.6.3.1); one user each */
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
    size_t n = mbrlen("abc", 3, NULL);
    (void)n;
    return 0;
}
static void *tb(void *arg) {
    (void)arg;
    wchar_t wc;
    size_t n = mbrtowc(&wc, "abc", 3, NULL);
    (void)n;
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
