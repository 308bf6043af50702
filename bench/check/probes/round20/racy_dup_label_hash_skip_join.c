/* TRUTH: racy. When argc > 1 the forward goto skips the join, so x = 2 runs while f may still write x. (The two label names collide in a 31-bit FNV-1a hash.) */
#include <pthread.h>
int x;
void *f(void *a) { x = 1; return a; }
int main(int argc, char **argv) {
    pthread_t t;
    (void)argv;
    pthread_create(&t, 0, f, 0);
    if (argc > 1)
        goto skip_688200;
    pthread_join(t, 0);
skip_258524:
    x = 3;
skip_688200:
    x = 2;
    if (argc > 5)
        goto skip_258524;
    return 0;
}
