/* TRUTH: free — zero() always returns 0, so leave_if's !c holds and the worker always pthread_exit's; g++ (line 10) never executes */
#include <pthread.h>
static int g;
static int zero(void) { return 0; }
static void leave_if(int c) { if (!c) pthread_exit(0); }
static void *w(void *a)
{
    (void)a;
    leave_if(zero());
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
