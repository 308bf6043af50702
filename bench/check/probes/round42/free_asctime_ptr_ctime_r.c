/* TRUTH: free — the worker uses ctime_r (line 9) into its own buffer; main's read s[0] (line 17) of asctime's static string has no concurrent writer */
#include <pthread.h>
#include <time.h>
static time_t t0 = 1000;
static void *a(void *x)
{
    char buf[32];
    (void)x;
    return ctime_r(&t0, buf) ? 0 : x;
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
