/* TRUTH: free — t is started with arg 0 and id stays 0 (BUMP increments k only), so t never writes g; main's g = 2 is unopposed */
#include <pthread.h>
#define INC(v) ((v)++)
#define BUMP(v) INC(v)
int g;
void *t(void *arg)
{
    long id = (long)arg, k = 0;
    BUMP(k);
    if (id)
        g = 1;
    return (void *)k;
}
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, t, (void *)0);
    g = 2;
    pthread_join(th, 0);
    return g;
}
