/* TRUTH: racy — time(p) with p = &gt writes gt in the thread; main reads gt concurrently */
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
static void *th(void *arg) {
    (void)arg;
    time_t *p = &gt;
    time(p);
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
