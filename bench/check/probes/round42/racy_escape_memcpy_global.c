/* TRUTH: racy — main memcpy's p (= &v) into global gp before create; worker writes *gp (line 8) while main writes v (line 18) */
#include <pthread.h>
#include <string.h>
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
    int v = 0;
    int *p = &v;
    memcpy(&gp, &p, sizeof p);
    pthread_create(&th, 0, w, 0);
    v = 2;
    pthread_join(th, 0);
    return v;
}
