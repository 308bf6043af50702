/* TRUTH: racy — t is started with NULL but sets its own parameter through pp = &arg (*pp = (void *)1), so it writes g = 1 while main writes g = 2 */
#include <pthread.h>
int g;
void *t(void *arg)
{
    void **pp = &arg;
    *pp = (void *)1;
    if (arg)
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
