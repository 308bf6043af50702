/* TRUTH: racy — arg is (void *)(1L << 32); id = (long)(int)(long)arg truncates to 0 (gcc: modulo 2^32), so !id holds and t writes g = 1 while main writes g = 2 */
#include <pthread.h>
int g;
void *t(void *arg)
{
    long id = (long)(int)(long)arg;
    if (!id)
        g = 1;
    return 0;
}
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, t, (void *)(1L << 32));
    g = 2;
    pthread_join(th, 0);
    return g;
}
