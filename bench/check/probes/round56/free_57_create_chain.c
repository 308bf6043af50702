/* TRUTH: free — main writes `stage` and creates A; A writes stage then creates B (create orders A's write before B); A joins B before returning and main joins A; all accesses are ordered by create/join. */
#include <pthread.h>
#include <stdio.h>

static int stage;

static void *second(void *arg)
{
    (void)arg;
    stage += 100;
    return NULL;
}

static void *first(void *arg)
{
    (void)arg;
    stage += 10;
    pthread_t b;
    pthread_create(&b, NULL, second, NULL);
    pthread_join(b, NULL);
    stage += 1000;
    return NULL;
}

int main(void)
{
    stage = 1;
    pthread_t a;
    pthread_create(&a, NULL, first, NULL);
    pthread_join(a, NULL);
    printf("%d\n", stage);
    return 0;
}
