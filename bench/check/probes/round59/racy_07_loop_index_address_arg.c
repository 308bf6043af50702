/* TRUTH: racy — main passes &i to every thread; runner reads *arg while main's loop increments i (i++) concurrently; read and write of i unordered. */
#include <pthread.h>
#include <stdio.h>

#define COUNT 3
int seen[COUNT];

void *runner(void *arg)
{
    int my = *(int *)arg;
    if (my >= 0 && my < COUNT)
        seen[my] = 1;
    return NULL;
}

int main(void)
{
    pthread_t tids[COUNT];
    int i;
    for (i = 0; i < COUNT; i++)
        pthread_create(&tids[i], NULL, runner, &i);
    for (int j = 0; j < COUNT; j++)
        pthread_join(tids[j], NULL);
    return 0;
}
