/* TRUTH: free — main evaluates 0 || (exit(0), 0): exits before its g = 2; only the thread writes g */
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
static void *th(void *a) { (void)a; g = 1; return 0; }
int main(int argc, char **argv) {
    (void)argc; (void)argv;
    pthread_t t;
    pthread_create(&t, 0, th, 0);
    (void)(0 || (exit(0), 0));
    g = 2;
    pthread_join(t, 0);
    return 0;
}
