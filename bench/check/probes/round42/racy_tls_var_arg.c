/* TRUTH: racy — main passes &t (its thread-local) as the argument; worker writes *(int*)a (line 6) while main writes t (line 13) */
#include <pthread.h>
static __thread int t;
static void *w(void *a)
{
    *(int *)a = 1;
    return 0;
}
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, w, &t);
    t = 2;
    pthread_join(th, 0);
    return t;
}
