/* TRUTH: racy — ctime (line 8) and localtime (line 14) in two threads both write libc's static struct tm (POSIX: not thread-safe, share the object) */
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
    pthread_create(&th, 0, a, 0);
    struct tm *p = localtime(&t0);
    pthread_join(th, 0);
    return p ? 0 : 1;
}
