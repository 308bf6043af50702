/* TRUTH: free — strict is 1, so report() (always called: 0 ? ... : report()) aborts the process before t reaches g = 1; main's g = 2 has no conflicting access */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
int g;
static int strict = 1;
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
