/* TRUTH: free — w calls _Exit(0) first, which terminates the process without returning; its `g = 1` never executes, so main's `g = 2` has no conflicting access. */
#include <pthread.h>
#include <stdlib.h>
int g;
void *w(void *p) { _Exit(0); g = 1; return 0; }
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    g = 2;
    pthread_join(t, 0);
    return g;
}
