/* TRUTH: racy — t gets arg (void *)256; id = (long)(unsigned char)(unsigned long)arg is 0, so !id holds and t writes g = 1 while main writes g = 2 */
#include <pthread.h>
int g;
void *t(void *arg)
{
    long id = (long)(unsigned char)(unsigned long)arg;
    if (!id)
        g = 1;
    return 0;
}
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, t, (void *)256L);
    g = 2;
    pthread_join(th, 0);
    return g;
}
