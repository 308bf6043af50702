// free: twin of racy_join_cond_skip, every thread joined before main reads.
#include <pthread.h>
#define N 4
static int res[N];
static void *w(void *v) { int *p = v; *p = 1; return NULL; }
int main(void)
{
    pthread_t t[N];
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], NULL, w, &res[i]);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    int s = 0;
    for (int i = 0; i < N; i++)
        s += res[i];
    return s;
}
