/* TRUTH: racy — inside leave_if, *p = 0 through p = &c clears c, so no exit; g++ (line 16) runs in both workers */
#include <pthread.h>
static int g;
static void leave_if(int c)
{
    int *p = &c;
    *p = 0;
    if (c)
        pthread_exit(0);
}
static void *w(void *a)
{
    int one = 1;
    (void)a;
    leave_if(one);
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
