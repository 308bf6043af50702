/* free: the handle array is cleared only after the if (tid[0]) join. */
#include <pthread.h>
#include <string.h>
static int x;
static void *worker(void *a) { (void)a; x = 1; return 0; }
int main(void) {
    pthread_t tid[1];
    pthread_create(&tid[0], 0, worker, 0);
    if (tid[0]) pthread_join(tid[0], 0);
    memset(tid, 0, sizeof tid);
    return x;
}
