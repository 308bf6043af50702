/* TRUTH: racy — main detaches t while joiner joins it; when main's detach comes first (it is
   not ordered with joiner's join), joiner's join fails at once (EINVAL) and its read of g races
   with worker's write. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
static int g;
static pthread_t t;
static void *worker(void *a) { (void)a; usleep(2000); g = 1; return 0; }
static void *joiner(void *a) { (void)a; usleep(1000); int r = pthread_join(t, 0); printf("%d %d\n", r, g); return 0; }
int main(void)
{
    pthread_t j;
    pthread_create(&t, 0, worker, 0);
    pthread_create(&j, 0, joiner, 0);
    pthread_detach(t);
    pthread_join(j, 0);
    usleep(5000);
    return 0;
}
