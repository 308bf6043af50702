/* TRUTH: free — b is a copy of a; pthread_equal(a, b) is true; guarded write never runs */
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
static void *th(void *a) {
    (void)a;
    pthread_t a1 = pthread_self(), b1 = a1;
    if (!pthread_equal(a1, b1))
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
