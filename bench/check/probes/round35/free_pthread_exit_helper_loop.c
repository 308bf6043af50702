/* TRUTH: free — finish(1) calls pthread_exit in its first pass, so w never reaches `g = 1`; main's `g = 2` has no conflicting access. */
#include <pthread.h>
int g;
void finish(int n) { for (int i = 0; i < n; i++) pthread_exit(0); }
void *w(void *p) { finish(1); g = 1; return 0; }
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    g = 2;
    pthread_join(t, 0);
    return g;
}
