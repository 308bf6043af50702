/* TRUTH: free — w calls quick_exit(0) (no return) before `g = 1`, so that write never executes; no quick_exit handler is registered. */
#include <pthread.h>
#include <stdlib.h>
int g;
void *w(void *p) { quick_exit(0); g = 1; return 0; }
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    g = 2;
    pthread_join(t, 0);
    return g;
}
