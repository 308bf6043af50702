// racy: created for i <= n, joined for i < n: thread n is left running while main reads res[n].
#include <pthread.h>
static int res[9];
extern int nondet(void);
static void *w(void *v) { int *p = v; *p = 1; return NULL; }
int main(void)
{
    pthread_t t[9];
    int n = nondet();
    if (n < 0 || n > 8)
        n = 8;
    for (int i = 0; i <= n; i++)
        pthread_create(&t[i], NULL, w, &res[i]);
    for (int i = 0; i < n; i++)
        pthread_join(t[i], NULL);
    return res[n];
}
