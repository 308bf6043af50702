/* TRUTH: racy — lock is grid[r][c].lock (via p) but grid[r][d].count (d = 1 - c, other column) is written; the other thread writes it under grid[r][d].lock */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot grid[2][2];
static void *worker(void *arg) {
    int c = (int)(long)arg;
    int d = 1 - c;
    int r = 0;
    struct slot *p = &grid[r][c];
    pthread_mutex_lock(&p->lock);
    if (c == 0) grid[r][d].count++; else p->count++;
    pthread_mutex_unlock(&p->lock);
    return 0;
}
int main(void) {
    pthread_t t[2];
    for (int a = 0; a < 2; a++) for (int b = 0; b < 2; b++) pthread_mutex_init(&grid[a][b].lock, 0);
    for (long k = 0; k < 2; k++) pthread_create(&t[k], 0, worker, (void *)k);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return 0;
}
