/* TRUTH: racy — main's p = &v is published as gp; worker writes *gp (line 7) while main writes v (line 17) */
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
    int v = 0;
    int *p = &v;
    gp = p;
    pthread_create(&th, 0, w, 0);
    v = 2;
    pthread_join(th, 0);
    return v;
}
