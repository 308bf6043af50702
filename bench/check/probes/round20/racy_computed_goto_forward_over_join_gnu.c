/* TRUTH: racy. With argc > 1 the computed goto jumps over the join to skip, so x = 2 races with w. */
#include <pthread.h>
int x;
void *w(void *a) { x = 1; return a; }
int main(int argc, char **argv) {
    pthread_t t;
    void *to = argc > 1 ? &&skip : &&join;
    (void)argv;
    pthread_create(&t, 0, w, 0);
    goto *to;
join:
    pthread_join(t, 0);
skip:
    x = 2;
    return 0;
}
