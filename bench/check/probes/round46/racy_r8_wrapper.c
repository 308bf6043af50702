/* TRUTH: racy — stamp(&gt) calls time(p) writing gt in thread; main reads gt */
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

time_t gt;
static void stamp(time_t *p) { time(p); }
static void *th(void *arg) {
    (void)arg;
    stamp(&gt);
    return 0;
}
int main(int argc, char **argv) {
    (void)argc; (void)argv;
    pthread_t t;
    pthread_create(&t, 0, th, 0);
    time_t v = gt;
    (void)v;
    pthread_join(t, 0);
    return 0;
}
