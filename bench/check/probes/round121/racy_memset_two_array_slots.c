/* TRUTH: racy — memset(&slots[1], 0, 2 * sizeof slots[1]) clears slots[1] and slots[2]; the worker updates slots[2].state concurrently */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct slot {
    int id;
    int state;
    double load;
};

static struct slot slots[4];

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 200; i++) {
        slots[2].state = i & 3;
        usleep(100);
    }
    return NULL;
}

static void *recycler(void *arg)
{
    (void)arg;
    for (int i = 0; i < 200; i++) {
        memset(&slots[1], 0, 2 * sizeof slots[1]);
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, recycler, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", slots[2].state);
    return 0;
}
