/* TRUTH: free — workers may leave early via fail() -> pthread_exit; status[id] is only read after join */
#include <pthread.h>
#include <stdio.h>

#define N 4

static int status[N];

static void fail(int id, int code)
{
    status[id] = code;
    pthread_exit(NULL);
}

static void *worker(void *arg)
{
    int id = (int)(long)arg;
    if (id % 2)
        fail(id, -1);
    status[id] = 1;
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    for (int i = 0; i < N; i++)
        printf("worker %d: %d\n", i, status[i]);
    return 0;
}
