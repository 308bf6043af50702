/* TRUTH: racy. spawn(n) with n = argc + 1 >= 2 starts at least two worker threads (one per recursion level); two workers do counter++ concurrently. */
#include <pthread.h>
#include <stdio.h>

int counter;
static pthread_t ts[8];

static void *worker(void *arg)
{
    (void)arg;
    counter++;
    return NULL;
}

static void spawn(int n)
{
    if (n <= 0)
        return;
    pthread_create(&ts[n - 1], NULL, worker, NULL);
    spawn(n - 1);
}

int main(int argc, char **argv)
{
    (void)argv;
    int n = argc + 1;
    if (n > 8)
        n = 8;
    spawn(n);
    for (int i = 0; i < n; i++)
        pthread_join(ts[i], NULL);
    return 0;
}
