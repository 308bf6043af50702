/* TRUTH: free — barrier initialized to 2, waited once by each of the two phase workers: part[id] written before the wait (line 11) happens before the other worker's read of part[1 - id] after it (line 13); seen[] read by main after join. */
#include <pthread.h>
#include <stdio.h>

static pthread_barrier_t phase_bar;
static int part[2];
static int seen[2];

static void *phase_worker(void *arg) {
    int id = (int)(long)arg;
    part[id] = (id + 1) * 10; // @A
    pthread_barrier_wait(&phase_bar);
    seen[id] = part[1 - id]; // @B
    return NULL;
}

int main(void) {
    pthread_t a, b;
    pthread_barrier_init(&phase_bar, NULL, 2);
    pthread_create(&a, NULL, phase_worker, (void *)0);
    pthread_create(&b, NULL, phase_worker, (void *)1);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", seen[0], seen[1]);
    pthread_barrier_destroy(&phase_bar);
    return 0;
}
