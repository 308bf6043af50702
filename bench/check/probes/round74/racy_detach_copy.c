/* TRUTH: racy — main detaches the thread through a copy t2 of its handle; the join of t then
   fails at once (EINVAL in glibc) and main's read of g races with worker's write. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
int g;
static void *worker(void *a) { (void)a; usleep(1000); g = 1; return 0; }
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    pthread_t t2 = t;
    pthread_detach(t2);
    int r = pthread_join(t, 0);
    printf("%d %d\n", r, g);
    usleep(5000);
    return 0;
}
