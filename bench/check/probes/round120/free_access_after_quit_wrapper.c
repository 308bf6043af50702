/* TRUTH: free — quit() always ends the calling thread through pthread_exit, so the worker's write of x after quit() never runs */
#include <pthread.h>

int x;

static void quit(int code)
{
    pthread_exit((void *)(long)code);
}

void *worker(void *arg)
{
    (void)arg;
    quit(3);
    x = 1;
    return 0;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    for (int i = 0; i < 100; i++)
        x = x + 1;
    pthread_join(t, 0);
    return x == 100 ? 0 : 1;
}
