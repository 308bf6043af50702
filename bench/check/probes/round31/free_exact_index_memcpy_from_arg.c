/* TRUTH: race-free. idx starts at 0 in both threads, then memcpy copies the thread's own id (1 or 2, from distinct ids[] elements) into it: they write hits[1] and hits[2]. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

static int hits[4];
static int ids[2] = {1, 2};

static void *worker(void *arg)
{
    int idx = 0;
    memcpy(&idx, arg, sizeof idx);
    hits[idx] = 1;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, &ids[0]);
    pthread_create(&b, NULL, worker, &ids[1]);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", hits[1], hits[2]);
    return 0;
}
