/* TRUTH: free — one is passed through mid(c) to leave_if(c); both get 1 and pthread_exit always runs; g++ (line 11) never executes */
#include <pthread.h>
static int g;
static void leave_if(int c) { if (c) pthread_exit(0); }
static void mid(int c) { leave_if(c); }
static void *w(void *a)
{
    (void)a;
    int one = 1;
    mid(one);
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
