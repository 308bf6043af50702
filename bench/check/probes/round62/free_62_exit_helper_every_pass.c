/* TRUTH: free — die() always calls pthread_exit; the loop (n = 3 passes) calls it on its first pass, so the thread never writes g; only main writes g */
#include <pthread.h>
static int g;
static void die(void)
{
    pthread_exit(NULL);
}
static void *quit(void *arg)
{
    int n = (int)(long)arg;
    for (int i = 0; i < n; i++)
        die();
    g = 1;
    return NULL;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, quit, (void *)3L);
    g = 2;
    pthread_join(t, NULL);
    return g;
}
