/* TRUTH: racy — 0 ? (void)0 : report() always calls report(), which returns because strict is 0; t then writes g = 1 while main writes g = 2 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
int g;
static int strict;
static void report(void)
{
    if (!strict) {
        fputs("warning\n", stderr);
        return;
    }
    abort();
}
void *t(void *arg)
{
    (void)arg;
    0 ? (void)0 : report();
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
