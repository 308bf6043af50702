/* TRUTH: racy — row = &grid[i] points at a whole row; thread A writes (*row)[1].count holding (*row)[0].lock, thread B holding (*row)[1].lock */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot grid[2][2];
static void *worker(void *arg) {
    int k = (int)(long)arg;
    int i = 0;
    struct slot (*row)[2] = &grid[i];
    pthread_mutex_lock(&(*row)[k].lock);
    (*row)[1].count++;
    pthread_mutex_unlock(&(*row)[k].lock);
    return 0;
}
int main(void) {
    pthread_t t[2];
    for (int a = 0; a < 2; a++)
        for (int b = 0; b < 2; b++) pthread_mutex_init(&grid[a][b].lock, 0);
    for (long k = 0; k < 2; k++) pthread_create(&t[k], 0, worker, (void *)k);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return 0;
}
