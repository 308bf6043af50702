/* TRUTH: free — while (1) { ...; pthread_exit(NULL); } never falls through, so the thread never writes g after it; only main writes g */
#include <pthread.h>
static int g, scratch[4];
static void *quit(void *arg)
{
    long id = (long)arg;
    while (1) {
        scratch[id] = 1;
        pthread_exit(NULL);
    }
    g = 1;
    return NULL;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, quit, (void *)1L);
    g = 2;
    pthread_join(t, NULL);
    return g;
}
