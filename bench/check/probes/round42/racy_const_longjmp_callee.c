/* TRUTH: racy — bail(1) longjmps back into w, whose setjmp branch does g++ (line 17) in both workers; the thread is not ended */
#include <pthread.h>
#include <setjmp.h>
static int g;
static __thread jmp_buf jb;
static void bail(int c)
{
    if (c)
        longjmp(jb, 1);
}
static void *w(void *a)
{
    int one = 1;
    (void)a;
    if (setjmp(jb) == 0)
        bail(one);
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
