/* TRUTH: free — cfg is written only by init(), which runs exactly once through pthread_once; every thread calls pthread_once before reading cfg */
#include <pthread.h>

pthread_once_t once = PTHREAD_ONCE_INIT;
int cfg;

static void init(void)
{
    cfg = 10;
}

void *worker(void *arg)
{
    (void)arg;
    pthread_once(&once, init);
    return (void *)(long)cfg;
}

int main(void)
{
    pthread_t t[3];
    for (int i = 0; i < 3; i++)
        pthread_create(&t[i], 0, worker, 0);
    pthread_once(&once, init);
    int c = cfg;
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], 0);
    return c == 10 ? 0 : 1;
}
