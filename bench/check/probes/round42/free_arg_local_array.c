/* TRUTH: free — arr[0] is 0 (never stored after init), leave_if's !c holds, pthread_exit always; g++ (line 10) never executes */
#include <pthread.h>
static int g;
static void leave_if(int c) { if (!c) pthread_exit(0); }
static void *w(void *a)
{
    (void)a;
    int arr[2] = {0, 5};
    leave_if(arr[0]);
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
