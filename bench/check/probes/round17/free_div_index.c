/* Race-free: k / 4 for k in 0..23 reaches bucket[0..5]; the other thread writes bucket[6] and bucket[7]. */
#include <pthread.h>
#include <stdio.h>
int bucket[8];
static void *work(void *arg)
{
    (void)arg;
    for (int k = 0; k < 24; k++)
        bucket[k / 4] += 1;
    return NULL;
}
static void *other(void *arg)
{
    (void)arg;
    bucket[6] = 0;
    bucket[7] = 0;
    return NULL;
}
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, work, NULL);
    pthread_create(&b, NULL, other, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", bucket[5]);
    return 0;
}
