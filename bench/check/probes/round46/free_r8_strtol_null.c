/* TRUTH: free — ep is NULL, strtol writes nothing; gs only read */
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

const char *gs = "42";
static void *th(void *arg) {
    (void)arg;
    char **ep = NULL;
    long v = strtol(gs, ep, 10);
    (void)v;
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
