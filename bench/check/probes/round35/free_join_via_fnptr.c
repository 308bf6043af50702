/* TRUTH: free — pthread_join is called through the function pointer jn before main's `g = 2`, so w's `g = 1` happens before it. */
#include <pthread.h>
int g;
void *w(void *p) { g = 1; return 0; }
int main(void)
{
    int (*jn)(pthread_t, void **) = pthread_join;
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    jn(t, 0);
    g = 2;
    return g;
}
