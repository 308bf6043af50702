// free: a clamped thread count bounds both loops; main reads after all are joined.
#include <pthread.h>
static int res[8];
extern int nondet(void);
static void *w(void *v) { int *p = v; *p = 1; return NULL; }
int main(void)
{
    pthread_t t[8];
    int n = nondet();
    if (n < 1 || n > 8)
        n = 8;
    for (int i = 0; i < n; i++)
        pthread_create(&t[i], NULL, w, &res[i]);
    for (int i = 0; i < n; i++)
        pthread_join(t[i], NULL);
    return res[0];
}
