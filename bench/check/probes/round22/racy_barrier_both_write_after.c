/* TRUTH: racy. The barrier (count 2, two waiters) is correct, but BOTH workers write `phase_result` after the barrier: those two writes are unordered (the barrier orders only before-wait against after-wait). */
#include <pthread.h>
#include <stdio.h>

static pthread_barrier_t bar;
static int prep_a, prep_b;
static int phase_result;

static void *wa(void *arg)
{
    (void)arg;
    prep_a = 1;
    pthread_barrier_wait(&bar);
    phase_result = prep_a + prep_b;
    return NULL;
}

static void *wb(void *arg)
{
    (void)arg;
    prep_b = 2;
    pthread_barrier_wait(&bar);
    phase_result = prep_a * prep_b;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_barrier_init(&bar, NULL, 2);
    pthread_create(&a, NULL, wa, NULL);
    pthread_create(&b, NULL, wb, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", phase_result);
    return 0;
}
