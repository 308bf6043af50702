/* TRUTH: race-free. Each round's threads (own slot each) are joined before the next round starts. */
#include <pthread.h>
int slot[2];
void *f(void *a) {
    int *p = a;
    *p += 1;
    return 0;
}
void spawn(pthread_t *t) {
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], 0, f, &slot[i]);
}
void wait_all(pthread_t *t) {
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], 0);
}
int main(void) {
    pthread_t t[2];
    int r = 0;
again:
    spawn(t);
    wait_all(t);
    if (++r < 2)
        goto again;
    slot[0] = slot[1] = 0;
    return 0;
}
