/* TRUTH: racy — another thread detaches worker through its own local copy of the handle
   (read after a barrier-free handoff via join of the detacher); main's join of t then fails
   and its read of g races with worker's write. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
int g;
pthread_t t;
static void *worker(void *a) { (void)a; usleep(1000); g = 1; return 0; }
static void *detacher(void *a) { (void)a; pthread_t mine = t; pthread_detach(mine); return 0; }
int main(void)
{
    pthread_t d;
    pthread_create(&t, 0, worker, 0);
    pthread_create(&d, 0, detacher, 0);
    pthread_join(d, 0);
    int r = pthread_join(t, 0);
    printf("%d %d\n", r, g);
    usleep(5000);
    return 0;
}
