/* TRUTH: free — main polls pthread_tryjoin_np until it succeeds (the thread is then joined) before writing x */
#define _GNU_SOURCE
#include <pthread.h>
#include <unistd.h>

int x;

void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 10; i++)
        x = x + 1;
    return 0;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    while (pthread_tryjoin_np(t, 0) != 0)
        usleep(100);
    x = x * 2;
    return x == 20 ? 0 : 1;
}
