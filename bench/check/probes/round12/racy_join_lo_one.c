// racy: the join loop starts at 1, thread 0 is never joined (detached) while main reads res[0].
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
    pthread_detach(t[0]);
    for (int i = 1; i < n; i++)
        pthread_join(t[i], NULL);
    return res[0];
}
