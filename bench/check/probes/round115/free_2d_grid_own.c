/* TRUTH: free — 2-D grid of slots; each thread touches grid[r][c] only through p = &grid[r][c] while holding p->lock */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot grid[2][2];
static void *worker(void *arg) {
    int k = (int)(long)arg;
    int r = k / 2 % 2, c = k % 2;
    struct slot *p = &grid[r][c];
    pthread_mutex_lock(&p->lock);
    p->count++;
    pthread_mutex_unlock(&p->lock);
    return 0;
}
int main(void) {
    pthread_t t[6];
    for (int a = 0; a < 2; a++) for (int b = 0; b < 2; b++) pthread_mutex_init(&grid[a][b].lock, 0);
    for (long k = 0; k < 6; k++) pthread_create(&t[k], 0, worker, (void *)k);
    for (int k = 0; k < 6; k++) pthread_join(t[k], 0);
    return 0;
}
