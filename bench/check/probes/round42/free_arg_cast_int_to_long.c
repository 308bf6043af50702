/* TRUTH: free — int zero = 0 passed to leave_if(long): !c holds, pthread_exit always; g++ (line 10) never executes */
#include <pthread.h>
static int g;
static void leave_if(long c) { if (!c) pthread_exit(0); }
static void *w(void *a)
{
    (void)a;
    int zero = 0;
    leave_if(zero);
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
