/* TRUTH: racy. The join loop joins t[0] twice (index bug) and never t[1], so worker 1's write of res[1] races with main's read. */
#include <pthread.h>
#include <stdio.h>

static int res[2];

static void *worker(void *arg)
{
    int *p = arg;
    *p = 5;
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, worker, &res[i]);
    pthread_join(t[0], NULL);
    for (int i = 0; i < 1; i++)
        pthread_join(t[i + 1 - 1], NULL);
    printf("%d %d\n", res[0], res[1]);
    return 0;
}
