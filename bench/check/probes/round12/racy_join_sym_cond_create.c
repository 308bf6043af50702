// racy: n is changed on one path only, after the create loop (inside an if): the join loop may stop short.
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
    if (nondet())
        --n;
    for (int i = 0; i < n; i++)
        pthread_join(t[i], NULL);
    int s = 0;
    for (int i = 0; i < 8; i++)
        s += res[i];
    return s;
}
