/* TRUTH: racy — main starts outer with (void *)1, outer starts inner with that same pointer; inner writes g = 1 while main writes g = 2 */
#include <pthread.h>
int g;
void *inner(void *arg)
{
    if (arg)
        g = 1;
    return 0;
}
void *outer(void *arg)
{
    pthread_t t2;
    pthread_create(&t2, 0, inner, arg);
    pthread_join(t2, 0);
    return 0;
}
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, outer, (void *)1);
    g = 2;
    pthread_join(th, 0);
    return g;
}
