/* TRUTH: free — w requests its own cancellation (deferred, enabled by default) and pthread_testcancel() acts on it, so w terminates there and never executes `g = 1`; main's `g = 2` has no partner. */
#include <pthread.h>
int g;
void *w(void *p)
{
    pthread_cancel(pthread_self());
    pthread_testcancel();
    g = 1;
    return 0;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    g = 2;
    pthread_join(t, 0);
    return g;
}
