/* Racy: (k - 20) % 10 is negative for k < 20, so ring[10 + (k - 20) % 10] reaches ring[1..10] incl. ring[5] the other thread writes. */
#include <pthread.h>
#include <stdio.h>
int ring[32];
static void *work(void *arg)
{
    (void)arg;
    for (int k = 11; k < 40; k++)
        ring[10 + (k - 20) % 10] = k;
    return NULL;
}
static void *other(void *arg)
{
    (void)arg;
    ring[5] = 0;
    return NULL;
}
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, work, NULL);
    pthread_create(&b, NULL, other, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", ring[5]);
    return 0;
}
