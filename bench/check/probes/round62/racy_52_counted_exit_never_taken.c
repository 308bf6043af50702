/* TRUTH: racy — the loop runs n = 2 passes and exits only at i == 100, never; the worker then writes g = 1 while main writes g = 2 unsynchronized */
#include <pthread.h>
static int g;
static void *work(void *arg)
{
    int n = (int)(long)arg;
    for (int i = 0; i < n; i++)
        if (i == 100)
            pthread_exit(NULL);
    g = 1;
    return NULL;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, work, (void *)2L);
    g = 2;
    pthread_join(t, NULL);
    return g;
}
