/* TRUTH: free — w executes __builtin_trap() (abnormal termination, never continues) before `g = 1`; main's `g = 2` has no partner. */
#include <pthread.h>
int g;
void *w(void *p) { __builtin_trap(); g = 1; return 0; }
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    g = 2;
    pthread_join(t, 0);
    return g;
}
