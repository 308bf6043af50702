/* TRUTH: racy — the pthread_once callback starts w (writes g) and returns without joining; main's `g = 2` after pthread_once races with w's `g = 1`. */
#include <pthread.h>
int g;
pthread_t th;
pthread_once_t once = PTHREAD_ONCE_INIT;
void *w(void *p) { g = 1; return 0; }
static void init(void) { pthread_create(&th, 0, w, 0); }
int main(void)
{
    pthread_once(&once, init);
    g = 2;
    pthread_join(th, 0);
    return g;
}
