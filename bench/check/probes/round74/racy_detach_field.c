/* TRUTH: racy — main detaches w.t through a pointer-free copy held in another struct; the
   join of w.t fails at once and main's read of g races with worker's write. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
int g;
struct job { pthread_t t; int id; };
static void *worker(void *a) { (void)a; usleep(1000); g = 1; return 0; }
int main(void)
{
    struct job w, copy;
    pthread_create(&w.t, 0, worker, 0);
    copy = w;
    pthread_detach(copy.t);
    int r = pthread_join(w.t, 0);
    printf("%d %d\n", r, g);
    usleep(5000);
    return 0;
}
