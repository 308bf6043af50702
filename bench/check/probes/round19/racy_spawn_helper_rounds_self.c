/* TRUTH: racy. spawn() is called twice by a goto loop without joins between; round-1 and round-2 threads given &slot[0] both do *p += 1 concurrently. */
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
