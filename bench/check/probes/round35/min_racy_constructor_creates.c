/* TRUTH: racy — the constructor init starts w (writes g) before main runs and nobody joins it; main's `g = 2` races with w's `g = 1`. */
#include <pthread.h>
int g;
pthread_t th;
void *w(void *p) { g = 1; return 0; }
__attribute__((constructor)) static void init(void) { pthread_create(&th, 0, w, 0); }
int main(void)
{
    g = 2;
    return g;
}
