/* TRUTH: racy — pthread_equal(self, self) is true; thread writes g concurrently with main */
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
    if (pthread_equal(pthread_self(), pthread_self()))
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
