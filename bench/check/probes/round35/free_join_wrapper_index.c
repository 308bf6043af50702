/* TRUTH: free — wait_both joins tp[0] and tp[1] (both threads) before main's `g = 0`. */
#include <pthread.h>
int g;
void *w(void *p) { g = 1; return 0; }
void *idle(void *p) { return 0; }
void wait_both(pthread_t *tp) { pthread_join(tp[0], 0); pthread_join(tp[1], 0); }
int main(void)
{
    pthread_t t[2];
    pthread_create(&t[0], 0, w, 0);
    pthread_create(&t[1], 0, idle, 0);
    wait_both(t);
    g = 0;
    return g;
}
