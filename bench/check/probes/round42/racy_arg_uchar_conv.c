/* TRUTH: racy — v = 257 converts to 1 in leave_if's unsigned char c, so !c is false, no exit; g++ (line 10) runs in both workers */
#include <pthread.h>
static int g;
static void leave_if(unsigned char c) { if (!c) pthread_exit(0); }
static void *w(void *a)
{
    (void)a;
    int v = 257;
    leave_if(v);
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
