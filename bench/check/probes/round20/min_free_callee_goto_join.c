/* TRUTH: race-free. finish() reaches its return only after jumping back from below the join; main writes x after f was joined. */
#include <pthread.h>
int x;
pthread_t th;
void *f(void *a) { x = 1; return a; }
static void finish(int *done) {
top:
    if (*done)
        return;
    pthread_join(th, 0);
    *done = 1;
    goto top;
}
int main(void) {
    int done = 0;
    pthread_create(&th, 0, f, 0);
    finish(&done);
    x = 2;
    return 0;
}
