/* TRUTH: racy — main reads s[0] (line 16) of asctime's static string while the worker's ctime (line 8) rewrites that same array (POSIX: shared) */
#include <pthread.h>
#include <time.h>
static time_t t0 = 1000;
static void *a(void *x)
{
    (void)x;
    return ctime(&t0);
}
int main(void)
{
    pthread_t th;
    struct tm tmv = {0};
    char *s = asctime(&tmv);
    pthread_create(&th, 0, a, 0);
    char c = s[0];
    pthread_join(th, 0);
    return c;
}
