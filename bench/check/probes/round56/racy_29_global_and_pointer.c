/* TRUTH: racy — thread A writes g through pointer target (int *target = &g, set in main before create), thread B writes g directly, neither with a lock; A vs B. */
#include <pthread.h>
#include <stdio.h>

static int g;
static int *target;

static void *via_ptr(void *arg)
{
    (void)arg;
    *target = 10;
    return NULL;
}

static void *direct(void *arg)
{
    (void)arg;
    g = 20;
    return NULL;
}

int main(void)
{
    target = &g;
    pthread_t a, b;
    pthread_create(&a, NULL, via_ptr, NULL);
    pthread_create(&b, NULL, direct, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", g);
    return 0;
}
