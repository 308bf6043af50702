/* TRUTH: racy — t (arg NULL) calls report(), which returns since strict is 0, then writes g = 1 while main writes g = 2 */
#include <pthread.h>
#include <stdlib.h>
int g;
static int strict;
static void report(void)
{
    if (!strict)
        return;
    abort();
}
void *t(void *arg)
{
    if (!arg)
        report();
    g = 1;
    return 0;
}
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, t, NULL);
    g = 2;
    pthread_join(th, 0);
    return g;
}
