/* TRUTH: free — __typeof__(g++) is int (not variably modified), so g++ is never evaluated; only
   the size n runs. The thread writes g, main never touches g while it runs. */
#include <pthread.h>
#include <stdio.h>
static int g;
static int buf[64];
static void *worker(void *p) { (void)p; g = 1; return 0; }
int main(int argc, char **argv)
{
    (void)argv;
    int n = argc + 1;
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    __typeof__(g++) (*q)[n] = (void *)buf;
    pthread_join(t, 0);
    printf("%d %d\n", g, (*q)[0]);
    return 0;
}
