/* TRUTH: racy — thread producer writes g_result; main reads g_result (printf) before pthread_join, so the write and read are unordered. */
#include <pthread.h>
#include <stdio.h>

int g_result;

void *producer(void *a)
{
    (void)a;
    g_result = 7 * 6;
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, producer, NULL);
    int snapshot = g_result;
    pthread_join(t, NULL);
    printf("%d %d\n", snapshot, g_result);
    return 0;
}
