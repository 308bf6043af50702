/* TRUTH: racy — p = &grid[r][c] is locked but grid[o][c].count (other row, same column) is written; the other thread writes it under its own lock */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot grid[2][2];
static void *worker(void *arg) {
    int r = (int)(long)arg;
    int o = 1 - r;
    int c = 0;
    struct slot *p = &grid[r][c];
    pthread_mutex_lock(&p->lock);
    if (r == 0)
        grid[o][c].count++;
    else
        p->count++;
    pthread_mutex_unlock(&p->lock);
    return 0;
}
int main(void) {
    pthread_t t[2];
    for (int k = 0; k < 2; k++)
        for (int m = 0; m < 2; m++) pthread_mutex_init(&grid[k][m].lock, 0);
    for (long k = 0; k < 2; k++) pthread_create(&t[k], 0, worker, (void *)k);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return 0;
}
