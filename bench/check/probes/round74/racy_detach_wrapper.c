/* TRUTH: racy — main detaches the thread through a helper taking the handle by value; the
   join of t then fails at once and main's read of g races with worker's write. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
int g;
static void *worker(void *a) { (void)a; usleep(1000); g = 1; return 0; }
static void let_go(pthread_t h) { pthread_detach(h); }
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    let_go(t);
    int r = pthread_join(t, 0);
    printf("%d %d\n", r, g);
    usleep(5000);
    return 0;
}
