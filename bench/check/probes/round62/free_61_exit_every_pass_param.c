/* TRUTH: free — id = (long)arg >= 0 for both threads, so for (i = 0; i <= id; i++) runs at least once and its body calls pthread_exit; g = 1 is never reached; only main writes g */
#include <pthread.h>
static int g;
static void *quit(void *arg)
{
    long id = (long)arg;
    for (long i = 0; i <= id; i++)
        pthread_exit(NULL);
    g = 1;
    return NULL;
}
int main(void)
{
    pthread_t t[2];
    for (long k = 0; k < 2; k++)
        pthread_create(&t[k], NULL, quit, (void *)k);
    g = 2;
    for (int k = 0; k < 2; k++)
        pthread_join(t[k], NULL);
    return g;
}
