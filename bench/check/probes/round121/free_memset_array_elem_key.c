/* TRUTH: free — memset(&slots[2], 0, sizeof slots[2].id) clears only slots[2].id; the worker writes only slots[2].state; main reads after join */
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
        memset(&slots[2], 0, sizeof slots[2].id);
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
    printf("%d %d\n", slots[2].id, slots[2].state);
    return 0;
}
