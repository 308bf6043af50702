/* TRUTH: racy — w disables cancellation before the request, so pthread_testcancel() does not act and w executes `g = 1`, unordered with main's `g = 2` (between create and join). */
#include <pthread.h>
int g;
void *w(void *p)
{
    pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, 0);
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
