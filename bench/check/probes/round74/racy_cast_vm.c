/* TRUTH: racy — the cast to a pointer to VLA type (int (*)[g++]) evaluates its size
   expression: the thread increments g while main increments g. */
#include <pthread.h>
#include <stdio.h>
static int g = 1;
static int buf[64];
static void *worker(void *p) { (void)p; int (*q)[4] = (int (*)[g++])buf; return q; }
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    g++;
    pthread_join(t, 0);
    printf("%d\n", g);
    return 0;
}
