/* TRUTH: racy — when the program is run with an argument, skip_sync is 1 and worker 1 skips the barrier (line 13): its read of part[0] (line 15) then runs unordered with worker 0's write part[0] (line 12) (worker 0 later blocks at the barrier, but the race has happened). */
#include <pthread.h>
#include <stdio.h>

static pthread_barrier_t phase_bar;
static int part[2];
static int seen[2];
static int skip_sync;

static void *phase_worker(void *arg) {
    int id = (int)(long)arg;
    part[id] = (id + 1) * 10; // @A
    if (!(id == 1 && skip_sync)) // @C
        pthread_barrier_wait(&phase_bar);
    seen[id] = part[1 - id]; // @B
    return NULL;
}

int main(int argc, char **argv) {
    (void)argv;
    pthread_t a, b;
    skip_sync = argc > 1;
    pthread_barrier_init(&phase_bar, NULL, 2);
    pthread_create(&a, NULL, phase_worker, (void *)0);
    pthread_create(&b, NULL, phase_worker, (void *)1);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", seen[0], seen[1]);
    pthread_barrier_destroy(&phase_bar);
    return 0;
}
