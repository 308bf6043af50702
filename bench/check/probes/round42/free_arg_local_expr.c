/* TRUTH: free — one - 1 is 0 on every run, so leave_if's !c holds and pthread_exit always runs; g++ (line 10) never executes */
#include <pthread.h>
static int g;
static void leave_if(int c) { if (!c) pthread_exit(0); }
static void *w(void *a)
{
    (void)a;
    int one = 1;
    leave_if(one - 1);
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
