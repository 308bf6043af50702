/* TRUTH: free — c is 0, longjmp never runs, setjmp only returns 0 and g++ (line 11) never executes */
#include <pthread.h>
#include <setjmp.h>
static int g;
static void *w(void *a)
{
    jmp_buf jb;
    int c = 0;
    (void)a;
    if (setjmp(jb)) {
        g++;
        return 0;
    }
    if (c)
        longjmp(jb, 1);
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
