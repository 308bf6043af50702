/* TRUTH: racy — mbrlen with NULL state uses its hidden static state in both threads (not required thread-safe) */
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

static void *th(void *arg) {
    (void)arg;
    const char *s = "abc";
    size_t n = mbrlen(s, 3, NULL);
    (void)n;
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
