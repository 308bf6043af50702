/* TRUTH: free — t is started with NULL and sets its parameter to NULL again through pp, so it never writes g; main's g = 2 is unopposed */
#include <pthread.h>
int g;
void *t(void *arg)
{
    void **pp = &arg;
    *pp = (void *)0;
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
