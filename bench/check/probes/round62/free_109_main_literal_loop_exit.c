/* TRUTH: free — main's for (i = 0; i < 1; i++) pthread_exit(NULL) ends main's thread on its one pass, so main never writes g; only the worker writes g */
#include <pthread.h>
static int g;
static void *worker(void *arg)
{
    (void)arg;
    g = 1;
    return NULL;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    for (int i = 0; i < 1; i++)
        pthread_exit(NULL);
    g = 2;
    return 0;
}
