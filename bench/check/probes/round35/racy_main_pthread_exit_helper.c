/* TRUTH: racy — main writes `g = 2` before calling leave() (pthread_exit); it races with w's `g = 1`. */
#include <pthread.h>
int g;
void *w(void *a) { g = 1; return 0; }
static void leave(void) { pthread_exit(0); }
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    g = 2;
    leave();
    return g;
}
