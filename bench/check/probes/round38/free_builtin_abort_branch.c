/* TRUTH: free — t is started with NULL, so it calls __builtin_abort() before g = 1 and never writes g; main's g = 2 has no conflicting access */
#include <pthread.h>
int g;
void *t(void *arg)
{
    if (arg == NULL)
        __builtin_abort();
    g = 1;
    return 0;
}
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, t, NULL);
    g = 2;
    pthread_join(th, 0);
    return g;
}
