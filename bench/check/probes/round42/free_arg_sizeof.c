/* TRUTH: free — sizeof(char) - 1 is 0, leave_if's !c holds, pthread_exit always; g++ (line 9) never executes */
#include <pthread.h>
static int g;
static void leave_if(unsigned long c) { if (!c) pthread_exit(0); }
static void *w(void *a)
{
    (void)a;
    leave_if(sizeof(char) - 1);
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
