/* TRUTH: racy. one thread gets `acc` and the other `&acc[0]`: the same int, incremented by both. */
#include <pthread.h>
#include <stdio.h>
static int acc[4];

static void *bump(void *p)
{
    int *x = p;
    *x += 1;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, bump, acc);
    pthread_create(&b, NULL, bump, &acc[0]);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", acc[0]);
    return 0;
}
