/* Racy: k % 10 reaches ring[0..9] and the other thread writes ring[9]. */
#include <pthread.h>
#include <stdio.h>
int ring[16];
static void *work(void *arg)
{
    (void)arg;
    for (int k = 5; k < 40; k++)
        ring[k % 10] = k;
    return NULL;
}
static void *other(void *arg)
{
    (void)arg;
    ring[9] = 0;
    return NULL;
}
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, work, NULL);
    pthread_create(&b, NULL, other, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", ring[9]);
    return 0;
}
