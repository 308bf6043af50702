/* TRUTH: racy — die_unless(argc + 1) is nonzero, main continues and writes g while thread writes g */
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
static void die_unless(int ok) { if (!ok) exit(0); }
static void *th(void *a) { (void)a; g = 1; return 0; }
int main(int argc, char **argv) {
    (void)argc; (void)argv;
    pthread_t t;
    pthread_create(&t, 0, th, 0);
    die_unless(argc + 1);
    g = 2;
    pthread_join(t, 0);
    return 0;
}
