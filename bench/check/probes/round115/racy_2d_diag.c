/* TRUTH: racy — lock is grid[0][0].lock (via p) but grid[1][1].count is written; the other thread writes grid[1][1].count under grid[1][1].lock */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot grid[2][2];
static void *wa(void *arg) {
    int r = (int)(long)arg;
    int c = r;
    int o = 1 - r, d = 1 - c;
    struct slot *p = &grid[r][c];
    pthread_mutex_lock(&p->lock);
    grid[o][d].count++;
    pthread_mutex_unlock(&p->lock);
    return 0;
}
static void *wb(void *arg) {
    int r = (int)(long)arg;
    struct slot *p = &grid[r][r];
    pthread_mutex_lock(&p->lock);
    p->count++;
    pthread_mutex_unlock(&p->lock);
    return 0;
}
int main(void) {
    pthread_t t[2];
    for (int a = 0; a < 2; a++) for (int b = 0; b < 2; b++) pthread_mutex_init(&grid[a][b].lock, 0);
    pthread_create(&t[0], 0, wa, (void *)0L);
    pthread_create(&t[1], 0, wb, (void *)1L);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return 0;
}
