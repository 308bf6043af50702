// racy: sscanf overwrites the count with 1 between the create and join loops: only thread 0 is joined before main reads.
#include <pthread.h>
#include <stdio.h>
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
    sscanf("1", "%d", &n);
    for (int i = 0; i < n; i++)
        pthread_join(t[i], NULL);
    int s = 0;
    for (int i = 0; i < 8; i++)
        s += res[i];
    return s;
}
