/* TRUTH: racy. In the first block, argc > 1 jumps over the join to local label out; x = 2 then races with f. */
#include <pthread.h>
int x;
void *f(void *a) { x = 1; return a; }
int main(int argc, char **argv) {
    pthread_t t;
    (void)argv;
    pthread_create(&t, 0, f, 0);
    {
        __label__ out;
        if (argc > 1)
            goto out;
        pthread_join(t, 0);
    out:
        x = 2;
    }
    {
        __label__ out;
        if (argc > 9)
            goto out;
    out:;
    }
    return 0;
}
