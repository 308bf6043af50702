/* TRUTH: racy — the index is read with a plain load of next while the other thread increments next: both threads can read the same idx and write out[idx] (and the plain read of next itself races with the other thread's plain next++). */
#include <pthread.h>
static int out[16];
static int next;
static void *w(void *arg) { (void)arg; for (int r = 0; r < 4; r++) { int idx = next; next = idx + 1; out[idx & 15] = idx; } return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, w, NULL); pthread_create(&y, NULL, w, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return out[0];
}
