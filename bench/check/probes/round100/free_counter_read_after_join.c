/* TRUTH: free — worker writes done, main only reads it after pthread_join */
#include <pthread.h>
#include <stdio.h>

static int done;

static void *worker(void *arg)
{
    int n = *(int *)arg;
    for (int i = 0; i < n; i++)
        done = i + 1;
    return NULL;
}

int main(void)
{
    pthread_t t;
    int n = 1000000;
    done = 0;
    pthread_create(&t, NULL, worker, &n);
    pthread_join(t, NULL);
    printf("finished: %d\n", done);
    return 0;
}
