/* TRUTH: racy. spawn() starts f both before the label (joined) and on the goto path (not joined); the rerun of count++ races with f. */
#include <pthread.h>
int count;
pthread_t th;
void *f(void *a) { count += 10; return a; }
static void spawn(void) { pthread_create(&th, 0, f, 0); }
int main(void) {
    int round = 0;
    spawn();
    pthread_join(th, 0);
again:
    count++;
    if (round++ < 1) {
        spawn();
        goto again;
    }
    pthread_join(th, 0);
    return count;
}
