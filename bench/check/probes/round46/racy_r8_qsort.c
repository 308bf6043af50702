/* TRUTH: racy — qsort(p,...) with p = garr rearranges garr in the thread; main reads garr[0] */
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

int garr[4] = {3, 1, 2, 0};
static int cmp(const void *x, const void *y) { return *(const int *)x - *(const int *)y; }
static void *th(void *arg) {
    (void)arg;
    int *p = garr;
    qsort(p, 4, sizeof *p, cmp);
    return 0;
}
int main(int argc, char **argv) {
    (void)argc; (void)argv;
    pthread_t t;
    pthread_create(&t, 0, th, 0);
    int v = garr[0];
    (void)v;
    pthread_join(t, 0);
    return 0;
}
