/* TRUTH: racy — p = &grid[0][c] is locked but grid[1][c].count (constant other row) is written; the other thread writes it under grid[1][c].lock */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot grid[2][2];
static void *w0(void *arg) {
    int c = (int)(long)arg;
    struct slot *p = &grid[0][c];
    pthread_mutex_lock(&p->lock);
    grid[1][c].count++;
    pthread_mutex_unlock(&p->lock);
    return 0;
}
static void *w1(void *arg) {
    int c = (int)(long)arg;
    struct slot *p = &grid[1][c];
    pthread_mutex_lock(&p->lock);
    p->count++;
    pthread_mutex_unlock(&p->lock);
    return 0;
}
int main(void) {
    pthread_t t[2];
    for (int a = 0; a < 2; a++) for (int b = 0; b < 2; b++) pthread_mutex_init(&grid[a][b].lock, 0);
    pthread_create(&t[0], 0, w0, (void *)0L);
    pthread_create(&t[1], 0, w1, (void *)0L);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return 0;
}
