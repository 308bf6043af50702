/* TRUTH: racy — ctime is asctime(localtime()): it rewrites the static struct tm ta reads */
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
    time_t t = time(0);
    struct tm *tm = localtime(&t);
    int h = tm->tm_hour;
    (void)h;
    return 0;
}
static void *tb(void *arg) {
    (void)arg;
    time_t t = time(0);
    (void)ctime(&t);
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
