/* TRUTH: free — the worker creates and joins a grandchild that writes x, then updates x itself; main reads x only after joining the worker */
#include <pthread.h>

int x;

void *grandchild(void *arg)
{
    (void)arg;
    x = 5;
    return 0;
}

void *worker(void *arg)
{
    (void)arg;
    pthread_t g;
    pthread_create(&g, 0, grandchild, 0);
    pthread_join(g, 0);
    x = x + 1;
    return 0;
}

int main(void)
{
    pthread_t w;
    pthread_create(&w, 0, worker, 0);
    pthread_join(w, 0);
    return x == 6 ? 0 : 1;
}
