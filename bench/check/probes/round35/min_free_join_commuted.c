/* TRUTH: free — pthread_join(0[t], 0) joins t[0] (the only thread, which writes g) before main's `g = 2`. */
#include <pthread.h>
int g;
void *w(void *p) { g = 1; return 0; }
int main(void)
{
    pthread_t t[1];
    pthread_create(&t[0], 0, w, 0);
    pthread_join(0[t], 0);
    g = 2;
    return g;
}
