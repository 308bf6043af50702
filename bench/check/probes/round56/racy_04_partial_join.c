/* TRUTH: racy — main joins only t[0] then reads results[1], which thread t[1] writes; t[1] is joined only afterwards. main vs t[1]. */
#include <pthread.h>
#include <stdio.h>

static int results[2];

static void *compute(void *arg)
{
    int id = (int)(long)arg;
    int acc = 0;
    for (int i = 0; i <= 100 * (id + 1); i++)
        acc += i;
    results[id] = acc;
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    for (long i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, compute, (void *)i);
    pthread_join(t[0], NULL);
    int sum = results[0] + results[1];
    pthread_join(t[1], NULL);
    printf("%d\n", sum);
    return 0;
}
