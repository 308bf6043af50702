/* TRUTH: free — w calls pthread_exit through the pointer ex before `g = 1`, so that write never happens; main's `g = 2` has no partner. */
#include <pthread.h>
int g;
void *w(void *p)
{
    void (*ex)(void *) = pthread_exit;
    ex(0);
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
