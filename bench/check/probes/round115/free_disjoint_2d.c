/* TRUTH: free — each thread writes only its own cell grid[r][c] (distinct per thread), without locks */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot grid[2][2];
static void *worker(void *arg) {
    int k = (int)(long)arg;
    int r = k / 2, c = k % 2;
    struct slot *p = &grid[r][c];
    p->count += k;
    return 0;
}
int main(void) {
    pthread_t t[4];
    for (long k = 0; k < 4; k++) pthread_create(&t[k], 0, worker, (void *)k);
    for (int k = 0; k < 4; k++) pthread_join(t[k], 0);
    return 0;
}
