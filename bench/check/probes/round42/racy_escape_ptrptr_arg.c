/* TRUTH: racy — main passes &p where p = &v; worker writes **(int**)a, i.e. v (line 5), while main writes v (line 14) */
#include <pthread.h>
static void *w(void *a)
{
    **(int **)a = 1;
    return 0;
}
int main(void)
{
    pthread_t th;
    int v = 0;
    int *p = &v;
    pthread_create(&th, 0, w, &p);
    v = 2;
    pthread_join(th, 0);
    return v;
}
