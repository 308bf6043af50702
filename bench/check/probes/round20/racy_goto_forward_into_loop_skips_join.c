/* TRUTH: racy. With argc > 1 the forward goto jumps over the join into the loop body, so x = 2 runs while w may write x. */
#include <pthread.h>
int x;
void *w(void *a) { x = 1; return a; }
int main(int argc, char **argv) {
    pthread_t t;
    int i;
    (void)argv;
    pthread_create(&t, 0, w, 0);
    if (argc > 1)
        goto inside;
    pthread_join(t, 0);
    for (i = 0; i < 1; i++) {
    inside:
        x = 2;
    }
    return 0;
}
