/* TRUTH: free — the loop for (i = 0; i < 1; i++) runs once and its body calls pthread_exit, so the thread never reaches g = 1; only main writes g */
#include <pthread.h>
static int g;
static void *quit(void *arg)
{
    (void)arg;
    for (int i = 0; i < 1; i++)
        pthread_exit(NULL);
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
