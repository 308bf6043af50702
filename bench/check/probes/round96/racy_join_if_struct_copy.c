/* racy: the handle array lives in a struct; a whole-struct assignment from a zeroed
   struct clears it, so no join runs and the workers race with main's read. */
#include <pthread.h>
#define N 2
struct pool { pthread_t tid[N]; };
static int slot[N];
static void *worker(void *a) { slot[(long)a] = 1; return 0; }
int main(void) {
    struct pool p, zero = {0};
    pthread_t *tid = p.tid;
    for (long i = 0; i < N; i++) pthread_create(&tid[i], 0, worker, (void *)i);
    p = zero;
    for (int i = 0; i < N; i++)
        if (tid[i]) pthread_join(tid[i], 0);
    return slot[0] + slot[1];
}
