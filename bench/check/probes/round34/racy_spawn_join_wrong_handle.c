/* TRUTH: racy — main joins only the logger handle, not the writer's: its write shared = 2 (line 21) races with writer's shared = 1 (line 14). */
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>

static int shared;

static pthread_t spawn(void *(*fn)(void *), void *arg) {
    pthread_t t;
    if (pthread_create(&t, NULL, fn, arg) != 0) abort();
    return t;
}

static void *writer(void *arg) { (void)arg; shared = 1; return NULL; } // @A
static void *logger(void *arg) { (void)arg; return NULL; }

int main(void) {
    pthread_t w = spawn(writer, NULL);
    pthread_t l = spawn(logger, NULL);
    pthread_join(l, NULL);
    shared = 2; // @B
    printf("%d\n", shared);
    return 0;
}
