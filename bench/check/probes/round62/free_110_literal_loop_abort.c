/* TRUTH: free — the worker's one-pass loop calls abort, so its g = 1 never runs; only main writes g */
#include <pthread.h>
#include <stdlib.h>
static int g;
static void *quit(void *arg)
{
    (void)arg;
    for (int i = 0; i < 2; i++)
        abort();
    g = 1;
    return NULL;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, quit, NULL);
    g = 2;
    pthread_join(t, NULL);
    return g;
}
