// racy: the count is lowered through a pointer between the create and join loops; the last thread is not joined when main reads.
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
    for (int i = 0; i < n; i++)
        pthread_create(&t[i], NULL, w, &res[i]);
    int *pn = &n;
    *pn = *pn - 1;
    for (int i = 0; i < n; i++)
        pthread_join(t[i], NULL);
    int s = 0;
    for (int i = 0; i < 8; i++)
        s += res[i];
    return s;
}
