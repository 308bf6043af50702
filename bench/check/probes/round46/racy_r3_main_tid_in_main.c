/* TRUTH: racy — mark() called by main: pthread_equal(self, main_tid) is true in main; main writes g while thread writes g */
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
static void mark(void) { if (pthread_equal(pthread_self(), main_tid)) g = 2; }
static void *th(void *a) { (void)a; g = 1; return 0; }
int main(int argc, char **argv) {
    (void)argc; (void)argv;
    pthread_t t;
    main_tid = pthread_self();
    pthread_create(&t, 0, th, 0);
    mark();
    pthread_join(t, 0);
    return 0;
}
