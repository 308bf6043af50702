// racy: the create loop counts to n, the join loop to m = n - 1 copied before both loops; the last thread may still run when main reads.
#include <pthread.h>
static int res[8];
extern int nondet(void);
static void *w(void *v) { int *p = v; *p = 1; return NULL; }
int main(void)
{
    pthread_t t[8];
    int n = nondet();
    if (n < 2 || n > 8)
        n = 8;
    int m = n - 1;
    for (int i = 0; i < n; i++)
        pthread_create(&t[i], NULL, w, &res[i]);
    for (int i = 0; i < m; i++)
        pthread_join(t[i], NULL);
    int s = 0;
    for (int i = 0; i < 8; i++)
        s += res[i];
    return s;
}
