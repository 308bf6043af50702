/* TRUTH: racy — at exit, the destructor fin starts w (writes g) and then writes `g = 3` itself without joining: w's `g = 1` and fin's write are unordered. */
#include <pthread.h>
int g;
void *w(void *p) { g = 1; return 0; }
__attribute__((destructor)) static void fin(void)
{
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    g = 3;
    pthread_join(t, 0);
}
int main(void) { return 0; }
