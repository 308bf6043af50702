/* TRUTH: racy — main waits only until done != 0 (line 24), i.e. for the first worker; it then reads results[i] (line 27) of workers that may still be writing them (line 13). */
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>

#define N 4
static atomic_int done;
static int results[N];

static void *worker(void *arg) {
    int id = (int)(long)arg;
    results[id] = id * 3; // @A
    atomic_fetch_add(&done, 1);
    return NULL;
}

int main(void) {
    for (long i = 0; i < N; i++) {
        pthread_t t;
        pthread_create(&t, NULL, worker, (void *)i);
        pthread_detach(t);
    }
    while (atomic_load(&done) == 0) // @C
        sched_yield();
    int s = 0;
    for (int i = 0; i < N; i++) s += results[i]; // @B
    printf("%d\n", s);
    return 0;
}
