// racy: the join helper returns early when asked to stop at k; threads from k on are left running while main reads their results.
#include <pthread.h>
#define N 4
static int res[N];
static pthread_t t[N];
static void *w(void *v) { int *p = v; *p = 1; return NULL; }
static void join_upto(int k)
{
    for (int i = 0; i < N; i++) {
        if (i == k)
            return;
        pthread_join(t[i], NULL);
    }
}
int main(void)
{
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], NULL, w, &res[i]);
    join_upto(2);
    return res[3];
}
