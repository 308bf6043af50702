/* Racy: (k & 7) reaches 0..7, and main's helper thread writes hist[5] while the worker writes hist[k & 7]. */
#include <pthread.h>
#include <stdio.h>
int hist[16];
static void *work(void *arg)
{
    (void)arg;
    for (int k = 0; k < 100; k++)
        hist[k & 7] += 1;
    return NULL;
}
static void *other(void *arg)
{
    (void)arg;
    hist[5] = 0;
    return NULL;
}
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, work, NULL);
    pthread_create(&b, NULL, other, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", hist[5]);
    return 0;
}
