/* TRUTH: free — typedef __typeof__(g++) row[n]: __typeof__(g++) is int (not variably
   modified), so g++ never runs; only n does. The thread writes g, main never touches g. */
#include <pthread.h>
#include <stdio.h>
static int g;
static void *worker(void *p) { (void)p; g = 1; return 0; }
int main(int argc, char **argv)
{
    (void)argv;
    int n = argc + 1;
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    typedef __typeof__(g++) row[n];
    int s = (int)sizeof(row);
    pthread_join(t, 0);
    printf("%d %d\n", g, s);
    return 0;
}
