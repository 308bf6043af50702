/* TRUTH: racy — main reads the localtime buffer after create while the thread's localtime rewrites it */
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
    time_t t = time(0);
    (void)localtime(&t);
    return 0;
}
int main(void) {
    pthread_t t1;
    time_t t = time(0);
    struct tm *p = localtime(&t);
    pthread_create(&t1, 0, th, 0);
    int m = p->tm_min;
    (void)m;
    pthread_join(t1, 0);
    return 0;
}
