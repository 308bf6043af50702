/* TRUTH: racy — the size expression of array parameter a[g++] runs at each entry (clang and
   gcc evaluate it); use() in the thread increments g while main increments g. */
#include <pthread.h>
#include <stdio.h>
static int g = 1;
static int buf[64];
static int use(int a[g++]) { return a[0]; }
static void *worker(void *p) { (void)p; return (void *)(long)use(buf); }
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    g++;
    pthread_join(t, 0);
    printf("%d\n", g);
    return 0;
}
