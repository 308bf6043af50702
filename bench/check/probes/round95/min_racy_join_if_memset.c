/* racy: memset clears the handle array after the create, so if (tid[0]) join is skipped;
   the worker's x = 1 races with main's read. */
#include <pthread.h>
#include <string.h>
static int x;
static void *worker(void *a) { (void)a; x = 1; return 0; }
int main(void) {
    pthread_t tid[1];
    pthread_create(&tid[0], 0, worker, 0);
    memset(tid, 0, sizeof tid);
    if (tid[0]) pthread_join(tid[0], 0);
    return x;
}
