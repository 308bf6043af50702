/* TRUTH: free — calls is _Thread_local, so every thread has its own copy */
#include <pthread.h>
#include <stdio.h>

static _Thread_local int calls;

static int next_id(void)
{
    return ++calls;
}

static void *worker(void *arg)
{
    int last = 0;
    for (int i = 0; i < 100; i++)
        last = next_id();
    printf("thread %ld made %d calls\n", (long)arg, last);
    return NULL;
}

int main(void)
{
    pthread_t t[3];
    for (long i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    next_id();
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    return 0;
}
