/* TRUTH: free — leave_if(1) always calls pthread_exit, so w never reaches `g = 1`. */
#include <pthread.h>
#include <stdlib.h>
#include <assert.h>
int g;
static void leave_if(int c) { if (c) pthread_exit(0); }
void *w(void *a)
{
    leave_if(1);
    g = 1;
    return 0;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    g = 2;
    pthread_join(t, 0);
    return g;
}
