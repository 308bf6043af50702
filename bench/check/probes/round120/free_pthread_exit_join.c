/* TRUTH: free — the thread writes out and leaves through pthread_exit from a nested call; main reads out only after pthread_join */
#include <pthread.h>

int out;

static void finish(int v)
{
    out = v;
    pthread_exit(0);
}

void *worker(void *arg)
{
    (void)arg;
    finish(11);
    return 0;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    pthread_join(t, 0);
    return out == 11 ? 0 : 1;
}
