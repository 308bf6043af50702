/* TRUTH: free — error() returns and t writes g = 1; main writes g only after pthread_join */
#include <pthread.h>
#include <stdio.h>
int g;
static void error(int status, const char *msg) { fprintf(stderr, "%d %s\n", status, msg); }
void *t(void *a)
{
    (void)a;
    error(1, "warning");
    g = 1;
    return 0;
}
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, t, 0);
    pthread_join(th, 0);
    g = 2;
    return g;
}
