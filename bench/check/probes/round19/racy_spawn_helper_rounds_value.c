/* TRUTH: racy. spawn() runs twice (goto loop, no join between); both rounds' threads given value 0 do x++ concurrently. */
#include <pthread.h>
int x;
void *f(void *a) {
    if ((long)a == 0)
        x++;
    return 0;
}
void spawn(pthread_t *t) {
    for (long i = 0; i < 2; i++)
        pthread_create(&t[i], 0, f, (void *)i);
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
