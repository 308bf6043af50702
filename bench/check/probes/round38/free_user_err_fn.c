/* TRUTH: free — err() returns and t writes g = 1; main writes g = 2 only after pthread_join */
#include <pthread.h>
#include <stdio.h>
int g;
static void err(const char *msg) { fputs(msg, stderr); }
void *t(void *a)
{
    (void)a;
    err("starting\n");
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
