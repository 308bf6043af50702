/* TRUTH: racy — work() runs in both threads; each writes g (1 or 2) unordered */
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
static pthread_t main_tid;
static void work(void) {
    if (pthread_equal(pthread_self(), main_tid))
        g = 1;
    else
        g = 2;
}
static void *th(void *a) { (void)a; work(); return 0; }
int main(int argc, char **argv) {
    (void)argc; (void)argv;
    pthread_t t;
    main_tid = pthread_self();
    pthread_create(&t, 0, th, 0);
    work();
    pthread_join(t, 0);
    return 0;
}
