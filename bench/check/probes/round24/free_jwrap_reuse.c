/* TRUTH: race-free. The handle t is reused: stage1 is joined through wait_ptr(&t) before stage2 is created into t and joined the same way; main touches x only while no thread runs. */
#include <pthread.h>
#include <stdio.h>

static int x;

static void *stage1(void *arg) { (void)arg; x = 1; return NULL; }
static void *stage2(void *arg) { (void)arg; x *= 10; return NULL; }

static void wait_ptr(pthread_t *tp)
{
    pthread_join(*tp, NULL);
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, stage1, NULL);
    wait_ptr(&t);
    x += 2;
    pthread_create(&t, NULL, stage2, NULL);
    wait_ptr(&t);
    printf("%d\n", x);
    return 0;
}
