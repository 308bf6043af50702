// free: twin of racy_sym_shrink_call: the count is lowered only after the join loop.
#include <pthread.h>
static int res[8];
extern int nondet(void);
static void shrink(int *k) { *k = *k - 1; }
static void *w(void *v) { int *p = v; *p = 1; return NULL; }
int main(void)
{
    pthread_t t[8];
    int n = nondet();
    if (n < 2 || n > 8)
        n = 8;
    for (int i = 0; i < n; i++)
        pthread_create(&t[i], NULL, w, &res[i]);
    for (int i = 0; i < n; i++)
        pthread_join(t[i], NULL);
    shrink(&n);
    int s = 0;
    for (int i = 0; i < 8; i++)
        s += res[i];
    return s + n;
}
