/* TRUTH: racy. Two different once controls run two init routines, each incrementing inits; the workers run them concurrently so the increments race. */
#include <pthread.h>
#include <stdio.h>

static pthread_once_t once_a = PTHREAD_ONCE_INIT;
static pthread_once_t once_b = PTHREAD_ONCE_INIT;
static int inits;

static void init_a(void) { inits++; }
static void init_b(void) { inits++; }

static void *wa(void *arg) { (void)arg; pthread_once(&once_a, init_a); return NULL; }
static void *wb(void *arg) { (void)arg; pthread_once(&once_b, init_b); return NULL; }

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, wa, NULL);
    pthread_create(&b, NULL, wb, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", inits);
    return 0;
}
