/* TRUTH: racy — when the key has no value scratch() installs the one static fallback array: both workers get fallback and write s[i] (line 20) concurrently. */
#include <threads.h>
#include <stdlib.h>
#include <stdio.h>

static tss_t scratch_key;
static int fallback[8];

static int *scratch(void) {
    int *s = tss_get(scratch_key);
    if (!s) {
        s = fallback;
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
    tss_create(&scratch_key, NULL);
    thrd_create(&a, worker, (void *)1);
    thrd_create(&b, worker, (void *)2);
    int ra, rb;
    thrd_join(a, &ra);
    thrd_join(b, &rb);
    printf("%d %d\n", ra, rb);
    return 0;
}
