/* TRUTH: racy — leave_if(0) returns, so w writes `g = 1` concurrently with main's `g = 2`. */
#include <pthread.h>
int g;
static void leave_if(int c) { if (c) pthread_exit(0); }
void *w(void *a)
{
    int c = 0;
    leave_if(c);
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
