/* TRUTH: free — spawn() returns the handle pthread_create filled; main joins that handle before writing shared (line 19), so the worker's write (line 14) happens before it. */
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

int main(void) {
    pthread_t w = spawn(writer, NULL);
    pthread_join(w, NULL);
    shared = 2; // @B
    printf("%d\n", shared);
    return 0;
}
