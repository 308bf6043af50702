/* TRUTH: free — worker writes its own thread-local t (line 8); main writes main's t (line 16); gp is only written before create */
#include <pthread.h>
static __thread int t;
static int *gp;
static void *w(void *a)
{
    (void)a;
    t = 1;
    return 0;
}
int main(void)
{
    pthread_t th;
    gp = &t;
    pthread_create(&th, 0, w, 0);
    t = 2;
    pthread_join(th, 0);
    return t + (gp != 0);
}
