/* TRUTH: free — s.on is 0 (never stored after init), leave_if's !c holds, pthread_exit always; g++ (line 11) never executes */
#include <pthread.h>
static int g;
struct S { int on; };
static void leave_if(int c) { if (!c) pthread_exit(0); }
static void *w(void *a)
{
    (void)a;
    struct S s = {0};
    leave_if(s.on);
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
