/* TRUTH: racy — the inner c (0) is what leave_if gets, so no exit; g++ (line 17) runs in both workers */
#include <pthread.h>
static int g;
static void leave_if(int c)
{
    if (c)
        pthread_exit(0);
}
static void *w(void *a)
{
    int c = 1;
    (void)a;
    {
        int c = 0;
        leave_if(c);
    }
    g++;
    return (void *)(long)c;
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
