/* TRUTH: free — t is started with arg NULL, report() always aborts (the whole process ends), so t never reaches g = 1; main's g = 2 has no conflicting access */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
int g;
static void report(void)
{
    fputs("fatal\n", stderr);
    abort();
}
void *t(void *arg)
{
    arg ? (void)0 : report();
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
