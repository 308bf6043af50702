/* TRUTH: free — B joins A (handle ta written by main's create before B is created) and main joins B before `g = 2`; join edges chain: A's `g = 1` -> A ends -> B's join returns -> B ends -> main's join of B returns -> main's `g = 2`. */
#include <pthread.h>
int g;
pthread_t ta;
void *A(void *a) { g = 1; return 0; }
void *B(void *a) { pthread_join(ta, 0); return 0; }
int main(void)
{
    pthread_t tb;
    pthread_create(&ta, 0, A, 0);
    pthread_create(&tb, 0, B, 0);
    pthread_join(tb, 0);
    g = 2;
    return g;
}
