/* TRUTH: free — main reads *h only after join */
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
    int *h = arg;
    sscanf("5", "%d", h);
    return 0;
}
int main(void) {
    pthread_t t;
    int *h = malloc(sizeof *h);
    *h = 0;
    pthread_create(&t, 0, th, h);
    pthread_join(t, 0);
    int v = *h;
    free(h);
    return v;
}
