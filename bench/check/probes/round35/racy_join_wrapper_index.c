/* TRUTH: racy — wait_second joins tp[1] only (the idle thread); t[0] (w, which writes g) is never joined, so main's `g = 0` after wait_second(t) races with w's `g = 1`. */
#include <pthread.h>
int g;
void *w(void *p) { g = 1; return 0; }
void *idle(void *p) { return 0; }
void wait_second(pthread_t *tp) { pthread_join(tp[1], 0); }
int main(void)
{
    pthread_t t[2];
    pthread_create(&t[0], 0, w, 0);
    pthread_create(&t[1], 0, idle, 0);
    wait_second(t);
    g = 0;
    return g;
}
