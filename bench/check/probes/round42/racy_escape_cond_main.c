/* TRUTH: racy — c is 1 so gp = &v; worker writes *gp (line 7) while main writes v (line 17) */
#include <pthread.h>
static int *gp;
static void *w(void *a)
{
    (void)a;
    *gp = 1;
    return 0;
}
int main(void)
{
    pthread_t th;
    int v = 0, u = 0;
    int c = 1;
    gp = c ? &v : &u;
    pthread_create(&th, 0, w, 0);
    v = 2;
    pthread_join(th, 0);
    return v + u;
}
