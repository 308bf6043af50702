/* TRUTH: racy — CHECK(ok) with ok = 0 (a one-value local) calls warn(), which returns when verbose is 0; t goes on to g = 1 while main writes g = 2 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define CHECK(c) ((c) ? (void)0 : warn())
int g;
static int verbose;
static void warn(void)
{
    if (!verbose)
        return;
    fputs("check failed\n", stderr);
    exit(1);
}
void *t(void *a)
{
    (void)a;
    int ok = 0;
    CHECK(ok);
    g = 1;
    return 0;
}
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, t, 0);
    g = 2;
    pthread_join(th, 0);
    return g;
}
