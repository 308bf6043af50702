/* TRUTH: racy. Round 2 of spawn() writes slot[0] while round 1's thread 0 (not joined) may read slot[0]. */
#include <pthread.h>
int slot[2];
void *f(void *a) {
    int v = *(int *)a;
    (void)v;
    return 0;
}
void spawn(pthread_t *t) {
    for (int i = 0; i < 2; i++) {
        slot[i] = i;
        pthread_create(&t[i], 0, f, &slot[i]);
    }
}
int main(void) {
    pthread_t t[2][2];
    int r = 0;
again:
    spawn(t[r]);
    if (++r < 2)
        goto again;
    for (r = 0; r < 2; r++)
        for (int i = 0; i < 2; i++)
            pthread_join(t[r][i], 0);
    return 0;
}
