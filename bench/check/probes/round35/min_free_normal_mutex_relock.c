/* TRUTH: free — m is PTHREAD_MUTEX_NORMAL; w locks it twice, and POSIX says relocking a NORMAL mutex deadlocks, so w never reaches `g = 1`; main's `g = 2` has no partner. */
#include <pthread.h>
int g;
pthread_mutex_t m;
void *w(void *p)
{
    pthread_mutex_lock(&m);
    pthread_mutex_lock(&m);
    g = 1;
    return 0;
}
int main(void)
{
    pthread_mutexattr_t at;
    pthread_t t;
    pthread_mutexattr_init(&at);
    pthread_mutexattr_settype(&at, PTHREAD_MUTEX_NORMAL);
    pthread_mutex_init(&m, &at);
    pthread_create(&t, 0, w, 0);
    g = 2;
    return g;
}
