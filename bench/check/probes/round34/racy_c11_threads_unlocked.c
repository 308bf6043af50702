/* TRUTH: racy — the worker takes the lock only when v is 0 ("nothing to add"): both workers (v = 1 and 2) then do hits += v (line 22) with no lock. */
#include <threads.h>
#include <stdio.h>

static once_flag init_flag = ONCE_FLAG_INIT;
static mtx_t lock;
static int table[4];
static long hits;

static void init_table(void) {
    for (int i = 0; i < 4; i++) table[i] = i; // @A
}

static int worker(void *arg) {
    int k = (int)(long)arg;
    call_once(&init_flag, init_table);
    int v = table[k];
    if (v == 0) {
        mtx_lock(&lock);
        mtx_unlock(&lock);
    }
    hits += v; // @B
    return 0;
}

int main(void) {
    thrd_t a, b;
    mtx_init(&lock, mtx_plain);
    thrd_create(&a, worker, (void *)1);
    thrd_create(&b, worker, (void *)2);
    thrd_join(a, NULL);
    thrd_join(b, NULL);
    printf("%ld\n", hits);
    mtx_destroy(&lock);
    return 0;
}
