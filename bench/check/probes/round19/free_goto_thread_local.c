/* TRUTH: race-free. cnt is thread-local; each thread's goto loop touches its own copy. */
#include <pthread.h>
_Thread_local int cnt;
void *f(void *a) {
    int i = 0;
again:
    cnt++;
    if (++i < 5)
        goto again;
    return 0;
}
int main(void) {
    pthread_t t[2];
    pthread_create(&t[0], 0, f, 0);
    pthread_create(&t[1], 0, f, 0);
    cnt = 3;
    pthread_join(t[0], 0);
    pthread_join(t[1], 0);
    return 0;
}
