/* TRUTH: racy — w writes `g = 1` before calling _Exit(0); main's `g = 2` after the create may run concurrently with it. */
#include <pthread.h>
#include <stdlib.h>
int g;
void *w(void *p) { g = 1; _Exit(0); return 0; }
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    g = 2;
    pthread_join(t, 0);
    return g;
}
