/* TRUTH: racy — leave_if's loop counts c from 1 down to 0, so the test is false and no exit; g++ (line 16) runs in both workers */
#include <pthread.h>
static int g;
static void leave_if(int c)
{
    while (c > 0)
        c--;
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
