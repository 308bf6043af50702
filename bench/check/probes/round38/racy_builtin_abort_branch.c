/* TRUTH: racy — t is started with (void *)1, skips __builtin_abort() and writes g = 1 while main writes g = 2 */
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
    pthread_create(&th, 0, t, (void *)1);
    g = 2;
    pthread_join(th, 0);
    return g;
}
