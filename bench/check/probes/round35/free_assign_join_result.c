/* TRUTH: free — in `g = pthread_join(t, 0)` the store to g happens after the join returns (the value computation of the right operand is sequenced before the assignment's side effect), so after w's `g = 1`. */
#include <pthread.h>
int g;
void *w(void *a) { g = 1; return 0; }
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    g = pthread_join(t, 0);
    return g;
}
