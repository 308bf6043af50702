/* TRUTH: free — r ^ r is 0; guard -> leave_if(0) always exits */
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
static void leave_if(int c) { if (!c) pthread_exit(0); }
static void guard(int c) { leave_if(c); }
static void *th(void *a) {
    (void)a;
    int r = rand();
    guard(r ^ r);
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
