/* TRUTH: free — the thread is created into &0[t] (t[0]) and joined through t[0] before main writes g. */
#include <pthread.h>
int g;
void *w(void *p) { g = 1; return 0; }
int main(void)
{
    pthread_t t[1];
    pthread_create(&0[t], 0, w, 0);
    pthread_join(t[0], 0);
    g = 2;
    return g;
}
