/* TRUTH: free — ME_IS_ME is true; guarded write never runs */
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

int g;
#define ME_IS_ME pthread_equal(pthread_self(), pthread_self())
static void *th(void *a) {
    (void)a;
    if (!ME_IS_ME)
        g = 1;
    return 0;
}
int main(int argc, char **argv) {
    (void)argc; (void)argv;
    pthread_t t;
    pthread_create(&t, 0, th, 0);
    g = 2;
    pthread_join(t, 0);
    return 0;
}
