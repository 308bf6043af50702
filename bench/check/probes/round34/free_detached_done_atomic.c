/* TRUTH: free — each detached worker writes results[id] (line 13) then atomic_fetch_add(&done, 1) (seq_cst); main's seq_cst load that sees N reads the last RMW, which is in every worker's release sequence, so all result writes happen before main's reads (line 27). */
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
    while (atomic_load(&done) < N)
        sched_yield();
    int s = 0;
    for (int i = 0; i < N; i++) s += results[i]; // @B
    printf("%d\n", s);
    return 0;
}
