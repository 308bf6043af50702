/* TRUTH: racy — main publishes gp = &t (main's thread-local t); worker writes *gp (line 8) while main writes t (line 16) before join */
#include <pthread.h>
static __thread int t;
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
    gp = &t;
    pthread_create(&th, 0, w, 0);
    t = 2;
    pthread_join(th, 0);
    return t;
}
