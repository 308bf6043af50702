/* TRUTH: racy — error() is the program's own function (no <error.h>) and returns even for status 1, so t writes g = 1 while main writes g = 2 */
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
    g = 2;
    pthread_join(th, 0);
    return g;
}
