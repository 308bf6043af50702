/* TRUTH: racy. Threads get ids 0..3 by value; each adds into bucket[id / 2], so ids 0 and 1
   both update bucket[0] (and 2, 3 bucket[1]) with no lock. */
#include <pthread.h>
#include <stdio.h>

#define NT 4

static long bucket[NT / 2];

static void *count(void *arg)
{
    int id = (int)(long)arg;
    for (int k = 0; k < 100; k++)
        bucket[id / 2] += k;
    return NULL;
}

int main(void)
{
    pthread_t t[NT];
    for (long i = 0; i < NT; i++)
        pthread_create(&t[i], NULL, count, (void *)i);
    for (int i = 0; i < NT; i++)
        pthread_join(t[i], NULL);
    printf("%ld %ld\n", bucket[0], bucket[1]);
    return 0;
}
