// racy: the clamped count is lowered through its address between the create and join loops: the last thread is not joined when main reads res.
#include <pthread.h>
static int res[8];
extern int nondet(void);
static void shrink(int *k) { *k -= 1; }
static void *w(void *v) { *(int *)v = 1; return NULL; }
int main(void)
{
    pthread_t t[8];
    int n = nondet();
    if (n < 2 || n > 8)
        n = 8;
    for (int i = 0; i < n; i++)
        pthread_create(&t[i], NULL, w, &res[i]);
    shrink(&n);
    for (int i = 0; i < n; i++)
        pthread_join(t[i], NULL);
    return res[7] + res[1];
}
