/* TRUTH: free — v = 256 converts to 0 in leave_if's unsigned char c, so !c holds and pthread_exit always runs; g++ (line 10) never executes */
#include <pthread.h>
static int g;
static void leave_if(unsigned char c) { if (!c) pthread_exit(0); }
static void *w(void *a)
{
    (void)a;
    int v = 256;
    leave_if(v);
    g++;
    return 0;
}
int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, 0, w, 0);
    pthread_create(&t2, 0, w, 0);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return g;
}
