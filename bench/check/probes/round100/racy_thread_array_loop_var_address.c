/* TRUTH: racy — &i is passed to every thread; main's i++ races with the thread reading *arg */
#include <pthread.h>
#include <stdio.h>

#define N 4

static void *hello(void *arg)
{
    int id = *(int *)arg;
    printf("hello from %d\n", id);
    return NULL;
}

int main(void)
{
    pthread_t th[N];
    int i;
    for (i = 0; i < N; i++)
        pthread_create(&th[i], NULL, hello, &i);
    for (int j = 0; j < N; j++)
        pthread_join(th[j], NULL);
    return 0;
}
