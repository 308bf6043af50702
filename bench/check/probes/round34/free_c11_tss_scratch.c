/* TRUTH: free — each worker allocates its own scratch buffer and stores it in the tss key; scratch() returns the calling thread's value, so the writes (line 20) never touch another thread's buffer. */
#include <threads.h>
#include <stdlib.h>
#include <stdio.h>

static tss_t scratch_key;

static int *scratch(void) {
    int *s = tss_get(scratch_key);
    if (!s) {
        s = calloc(8, sizeof *s);
        if (!s) abort();
        tss_set(scratch_key, s);
    }
    return s;
}

static int worker(void *arg) {
    int *s = scratch();
    for (int i = 0; i < 8; i++) s[i] = i * (int)(long)arg; // @A
    return s[7];
}

int main(void) {
    thrd_t a, b;
    tss_create(&scratch_key, free);
    thrd_create(&a, worker, (void *)1);
    thrd_create(&b, worker, (void *)2);
    int ra, rb;
    thrd_join(a, &ra);
    thrd_join(b, &rb);
    printf("%d %d\n", ra, rb);
    return 0;
}
