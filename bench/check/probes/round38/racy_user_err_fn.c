/* TRUTH: racy — err() is the program's own logging function (no <err.h>), it returns, so t writes g = 1 while main writes g = 2 */
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
    g = 2;
    pthread_join(th, 0);
    return g;
}
