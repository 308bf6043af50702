/* TRUTH: racy — main stores &v in global gq before create; worker writes *gq (line 7) while main writes v (line 16) */
#include <pthread.h>
static int *gq;
static void *w(void *a)
{
    (void)a;
    *gq = 1;
    return 0;
}
int main(void)
{
    pthread_t th;
    int v = 0;
    gq = &v;
    pthread_create(&th, 0, w, 0);
    v = 2;
    pthread_join(th, 0);
    return v;
}
