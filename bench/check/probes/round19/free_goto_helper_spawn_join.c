/* TRUTH: race-free. spawn_and_wait starts and joins f before returning; main's x++ never overlaps. */
#include <pthread.h>
int x;
void *f(void *a) { x++; return 0; }
static void spawn_and_wait(void) {
    pthread_t t;
    pthread_create(&t, 0, f, 0);
    pthread_join(t, 0);
}
int main(void) {
    int i = 0;
again:
    x++;
    spawn_and_wait();
    if (++i < 3)
        goto again;
    x++;
    return 0;
}
