/* TRUTH: racy — remove() joins only NQUEUES-1 of the queue threads (loop bound off by one) and then reads the last queue's counters while that thread still runs */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define NQUEUES 3
struct hw_queue {
    int idx;
    unsigned long completed;
    pthread_t thr;
};

struct blk_dev {
    struct hw_queue q[NQUEUES];
    unsigned long total;
};

static struct blk_dev bdev;

static void *queue_thread(void *arg) {
    struct hw_queue *q = arg;
    for (int i = 0; i < 10; i++) { q->completed++; usleep(q->idx * 100 + 20); }
    return NULL;
}

static void blk_probe(struct blk_dev *b) {
    for (int i = 0; i < NQUEUES; i++) {
        b->q[i].idx = i;
        pthread_create(&b->q[i].thr, NULL, queue_thread, &b->q[i]);
    }
}

static void blk_remove(struct blk_dev *b) {
    for (int i = 0; i < NQUEUES - 1; i++)
        pthread_join(b->q[i].thr, NULL);
    for (int i = 0; i < NQUEUES; i++)
        b->total += b->q[i].completed;
}

int main(void) {
    blk_probe(&bdev);
    blk_remove(&bdev);
    printf("%lu\n", bdev.total);
    pthread_join(bdev.q[NQUEUES - 1].thr, NULL);   /* late reap */
    return 0;
}
