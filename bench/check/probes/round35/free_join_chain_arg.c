/* TRUTH: free — B is handed &ta (main's local, written by the first create before B is created) and joins A; main joins B before `g = 2`, so A's `g = 1` happens before it. */
#include <pthread.h>
int g;
void *A(void *a) { g = 1; return 0; }
void *B(void *a) { pthread_join(*(pthread_t *)a, 0); return 0; }
int main(void)
{
    pthread_t ta, tb;
    pthread_create(&ta, 0, A, 0);
    pthread_create(&tb, 0, B, &ta);
    pthread_join(tb, 0);
    g = 2;
    return g;
}
