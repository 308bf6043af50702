/* TRUTH: racy — sizeof of a VLA type evaluates its size expression (C11 6.5.3.4p2): the
   thread's sizeof(char[g++]) increments g while main increments g. */
#include <pthread.h>
#include <stdio.h>
static int g = 1;
static void *worker(void *p) { (void)p; return (void *)sizeof(char[g++]); }
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    g++;
    pthread_join(t, 0);
    printf("%d\n", g);
    return 0;
}
